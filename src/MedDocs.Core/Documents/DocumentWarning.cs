namespace MedDocs.Core.Documents;

/// <summary>
/// A warning about one loaded document, handed to the host as soon as the document is read (the CLI prints it on
/// stderr, the cmdlets write it with WriteWarning). The message names the file and pages, never the text.
/// </summary>
/// <param name="Path">The file (null for raw text).</param>
/// <param name="Message">One complete sentence or two: what is missing and what to do.</param>
public sealed record DocumentWarning(string? Path, string Message);
