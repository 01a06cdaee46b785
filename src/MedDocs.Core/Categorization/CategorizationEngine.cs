namespace MedDocs.Core.Categorization;

/// <summary>Who decides a document's category.</summary>
public enum CategorizationEngine
{
    /// <summary>The rules engine decides clear cases; the model is asked only when the rules are unsure (the cascade).</summary>
    Auto,

    /// <summary>The builtin rules engine only: no server, no document text leaves the process.</summary>
    Rules,

    /// <summary>Always the model (the vision model for scanned documents); needs a server.</summary>
    Llm,
}
