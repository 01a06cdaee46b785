namespace MedDocs.Core;

/// <summary>A command a message advises running; each host names its own (Test-LMStudio, `meddocs health`).</summary>
public enum HostCommand
{
    /// <summary>Checks the model server and lists its models.</summary>
    Health,

    /// <summary>Shows the effective settings and where each came from.</summary>
    Configuration,

    /// <summary>Shows the text MedDocs extracts from a document.</summary>
    Text,

    /// <summary>Installs the builtin embedder's companion module (MedDocs.MiniLM).</summary>
    InstallEmbedder,
}
