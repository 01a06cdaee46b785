namespace MedDocs.Cli;

/// <summary>How records are written to stdout.</summary>
public enum OutputFormat
{
    JsonLines,
    Json,
    Csv,
    Table,
}
