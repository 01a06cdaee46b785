namespace MedDocs.Core.Documents;

/// <summary>
/// One input to an operation: a file path, or raw text from the pipeline (with an optional label
/// so its results can be told apart). Hosts build these; operations load them with their <see cref="DocumentLoader"/>.
/// </summary>
public sealed record DocumentSource
{
    private DocumentSource(string? path, string? text, string? label)
    {
        Path = path;
        Text = text;
        Label = label;
    }

    public string? Path { get; }
    public string? Text { get; }
    public string? Label { get; }

    /// <summary>What to name this input in results and errors: the path, else the label, else null.</summary>
    public string? Name => Path ?? Label;

    public static DocumentSource FromFile(string path) => new(path, null, null);

    public static DocumentSource FromText(string text, string? label = null) => new(null, text, label);
}
