namespace MedDocs.Core;

/// <summary>
/// An option a message advises, named as a concept ("Model", "Engine" with "Rules"): PowerShell words it
/// as a parameter (-Model), the CLI as an option (--model), and the core neutrally ("the Model setting").
/// </summary>
/// <param name="Name">The concept in PascalCase, as PowerShell spells its parameter.</param>
/// <param name="Value">The value to give, or null for a switch or when the message says what to give.</param>
/// <param name="IsSetting">A setting (also in the config file and environment) rather than one command's option.</param>
public sealed record HostOption(string Name, string? Value = null, bool IsSetting = false)
{
    public static HostOption Setting(string name, string? value = null) => new(name, value, IsSetting: true);

    public static HostOption Parameter(string name, string? value = null) => new(name, value);
}
