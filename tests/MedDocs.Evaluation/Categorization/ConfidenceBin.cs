namespace MedDocs.Evaluation;

/// <summary>
/// One row of a reliability table: the verdicts whose confidence lies in [<see cref="Lower"/>, <see cref="Upper"/>),
/// how many there were and how many were right. A calibrated categorizer's <see cref="Accuracy"/> is close to its
/// <see cref="MeanConfidence"/>; accuracy well below it means overconfidence.
/// </summary>
public sealed record ConfidenceBin(double Lower, double Upper, int Count, int Correct, double MeanConfidence)
{
    /// <summary>Correct ÷ count (NaN for an empty bin).</summary>
    public double Accuracy => Count == 0 ? double.NaN : (double)Correct / Count;
}
