using System.Management.Automation;
using MedDocs.Core.Documents;

namespace MedDocs.Infrastructure;

/// <summary>Turns bound document parameters into inputs: files a -Path or -LiteralPath value names, or -Text strings.</summary>
internal static class CmdletInputs
{
    /// <summary>The files the values name (each unusable one is one error record, written here).</summary>
    public static IEnumerable<DocumentSource> Files(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal) =>
        PathResolver.Resolve(cmdlet, paths, literal).Select(DocumentSource.FromFile);

    /// <summary>Raw text inputs; null or empty strings (as Get-Content may send) are skipped.</summary>
    public static IEnumerable<DocumentSource> Texts(IEnumerable<string?> texts, string? label) =>
        texts.Where(t => !string.IsNullOrEmpty(t)).Select(t => DocumentSource.FromText(t!, label));

    /// <summary>A -Password value as the PdfPassword setting.</summary>
    public static string? PlainPassword(System.Security.SecureString? password) =>
        password is null ? null : new System.Net.NetworkCredential(string.Empty, password).Password;
}
