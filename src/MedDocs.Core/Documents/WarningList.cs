using System.Collections.ObjectModel;

namespace MedDocs.Core.Documents;

/// <summary>
/// A document's warnings as records carry them: a list in JSON, and one "; "-separated cell where a host writes the
/// value as text (PowerShell's Export-Csv calls ToString, which for a plain array is "System.String[]"). Equal when the
/// warnings are, so two records of the same document compare equal (a re-run answered from the result cache).
/// </summary>
public sealed class WarningList : ReadOnlyCollection<string>, IEquatable<WarningList>
{
    public WarningList(IList<string> warnings)
        : base(warnings)
    {
    }

    public override string ToString() => string.Join("; ", this);

    public bool Equals(WarningList? other) => other is not null && this.SequenceEqual(other, StringComparer.Ordinal);

    public override bool Equals(object? obj) => obj is WarningList other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var warning in this)
        {
            hash.Add(warning, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }
}
