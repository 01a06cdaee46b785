namespace MedDocs.Evaluation;

/// <summary>
/// Precision and recall for one type (or all types). A gold span counts as found when a prediction
/// overlaps it; a prediction counts as correct when it overlaps a gold span (with the same type unless
/// the score is the "any type" one).
/// </summary>
public sealed record PhiScore(string Label, int Gold, int Predicted, int GoldFound, int PredictedCorrect)
{
    public double Precision => Predicted == 0 ? 1.0 : (double)PredictedCorrect / Predicted;

    public double Recall => Gold == 0 ? 1.0 : (double)GoldFound / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
