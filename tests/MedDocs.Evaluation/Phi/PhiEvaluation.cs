using System.Globalization;
using System.Text;

namespace MedDocs.Evaluation;

/// <summary>Scores per type, overall (type must match) and "any type" (any overlap counts), plus the individual errors.</summary>
public sealed record PhiEvaluation(IReadOnlyList<PhiScore> ByType, PhiScore Overall, PhiScore AnyType, IReadOnlyList<PhiEvaluationError> Errors)
{
    public PhiScore For(PhiType type) => ByType.FirstOrDefault(s => s.Label == type.ToString()) ?? new PhiScore(type.ToString(), 0, 0, 0, 0);

    /// <summary>A fixed-width table (one line per type with gold or predictions) for consoles and docs.</summary>
    public string FormatTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Type | Gold | Predicted | Precision | Recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var score in ByType.Append(Overall).Append(AnyType))
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {score.Label} | {score.Gold} | {score.Predicted} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |");
        }
        return sb.ToString();
    }
}
