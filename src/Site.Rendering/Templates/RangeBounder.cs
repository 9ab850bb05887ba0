using Fluid;
using Fluid.Ast;

namespace Site.Rendering.Templates;

/// <summary>
/// Rewrites a parsed layout so that every range is a <see cref="BoundedRange"/>, and notes the ranges written with
/// two numbers that are already too long, so that they can be reported when the theme loads, at their line.
/// </summary>
internal sealed class RangeBounder : AstRewriter
{
    private readonly List<(decimal From, decimal To)> _tooLong = [];

    /// <summary>Ranges such as <c>(1..300000000)</c>, too long whatever the page.</summary>
    public IReadOnlyList<(decimal From, decimal To)> TooLong => _tooLong;

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression.From is LiteralExpression from && rangeExpression.To is LiteralExpression to
            && to.Value.ToNumberValue() - from.Value.ToNumberValue() + 1 > TemplateLimits.MaximumRangeLength)
        {
            _tooLong.Add((from.Value.ToNumberValue(), to.Value.ToNumberValue()));
        }

        return new BoundedRange(rangeExpression);
    }
}
