using System.Collections.ObjectModel;

namespace MedDocs.Core.Documents;

/// <summary>
/// A document's warnings as records carry them: a list in JSON, and one "; "-separated cell where a host writes the
/// value as text (PowerShell's Export-Csv calls ToString, which for a plain array is "System.String[]").
/// </summary>
public sealed class WarningList : ReadOnlyCollection<string>
{
    public WarningList(IList<string> warnings)
        : base(warnings)
    {
    }

    public override string ToString() => string.Join("; ", this);
}
