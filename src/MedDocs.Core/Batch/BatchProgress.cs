namespace MedDocs.Core.Batch;

/// <summary>Progress of a batch: "Completed of Total" (Total grows while input is still arriving).</summary>
public sealed record BatchProgress(int Completed, int Failed, int Total, bool InputComplete)
{
    public int PercentComplete => Total == 0 ? 0 : (int)(100L * Completed / Total);
}
