namespace MedDocs.Core.Configuration;

/// <summary>A setting bound to one <see cref="MedDocsSettings"/> property of type <typeparamref name="T"/>.</summary>
internal sealed class TypedSettingDefinition<T> : SettingDefinition
{
    private readonly Func<MedDocsSettings, T?> read;
    private readonly Func<MedDocsSettings, T, MedDocsSettings> write;
    private readonly SettingParser<T> parser;

    public TypedSettingDefinition(
        string name,
        Func<MedDocsSettings, T?> read,
        Func<MedDocsSettings, T, MedDocsSettings> write,
        SettingParser<T> parser,
        string description,
        IReadOnlyList<string> aliases,
        bool isSecret)
        : base(name, aliases, description, parser.Allowed, isSecret)
    {
        this.read = read;
        this.write = write;
        this.parser = parser;
    }

    public override string? Display(MedDocsSettings settings)
    {
        var text = parser.Format(read(settings));
        return IsSecret ? SecretMask.Mask(text) : text;
    }

    internal override bool TryApply(MedDocsSettings settings, string text, out MedDocsSettings updated)
    {
        if (parser.TryParse(text, out var value))
        {
            updated = write(settings, value);
            return true;
        }
        updated = settings;
        return false;
    }
}
