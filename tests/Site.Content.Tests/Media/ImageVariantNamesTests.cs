using Site.Content.Media;
using Site.Core.Model;

namespace Site.Content.Tests.Media;

public sealed class ImageVariantNamesTests
{
    [Theory]
    [InlineData(3000, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1600, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1000, new[] { 480, 800, 1000 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(300, new[] { 300 })]
    public void Widths_never_exceed_the_source(int width, int[] expected) =>
        Assert.Equal(expected, ImageVariantNames.WidthsFor(new ImageSize(width, 500)));

    [Theory]
    [InlineData(3000, 2000, 1200, 630)]
    [InlineData(800, 600, 800, 420)]
    [InlineData(2000, 400, 761, 400)]
    public void Social_crop_is_1200_by_630_or_the_largest_box_of_that_ratio(int width, int height, int cropWidth, int cropHeight) =>
        Assert.Equal(new ImageSize(cropWidth, cropHeight), ImageVariantNames.SocialSizeFor(new ImageSize(width, height)));

    [Fact]
    public void Variants_are_named_beside_the_source_with_width_and_hash()
    {
        var image = ImageVariantNames.For("/media/2021/kiev.jpg", new ImageSize(1000, 500), "0123456789ab");

        Assert.Equal(["/media/2021/kiev.480.0123456789ab.webp", "/media/2021/kiev.800.0123456789ab.webp", "/media/2021/kiev.1000.0123456789ab.webp"], image.Variants.Select(v => v.SitePath));
        Assert.Equal([240, 400, 500], image.Variants.Select(v => v.Height));
        Assert.Equal("/media/2021/kiev.og.0123456789ab.jpg", image.Social.SitePath);
        Assert.Equal("/x/media/2021/kiev.480.0123456789ab.webp 480w, /x/media/2021/kiev.800.0123456789ab.webp 800w, /x/media/2021/kiev.1000.0123456789ab.webp 1000w", image.Srcset(p => "/x" + p));
    }
}
