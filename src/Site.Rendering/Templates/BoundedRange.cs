using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Rendering.Templates;

/// <summary>
/// A Liquid range <c>(from..to)</c> that refuses to make more than <see cref="TemplateLimits.MaximumRangeLength"/>
/// numbers: Fluid would make the whole list first (300 million numbers take 14 GB) before any step limit applies.
/// </summary>
internal sealed class BoundedRange(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        if (to - from + 1 > TemplateLimits.MaximumRangeLength)
        {
            throw new TemplateLimitException(TooLong(from, to));
        }

        return await range.EvaluateAsync(context);
    }

    public static string TooLong(decimal from, decimal to) =>
        $"the range ({from}..{to}) has more than {TemplateLimits.MaximumRangeLength:N0} numbers";
}
