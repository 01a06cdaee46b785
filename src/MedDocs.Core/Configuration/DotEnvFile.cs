using System.Text;

namespace MedDocs.Core.Configuration;

/// <summary>
/// Reads a .env file: KEY=VALUE lines, '#' comments, blank lines, an optional "export " prefix,
/// values in single or double quotes (quotes stripped; inside double quotes \" and \\ are escapes).
/// The same variable names as the environment; one file only, never parent folders.
/// </summary>
internal static class DotEnvFile
{
    public const string FileName = ".env";

    /// <summary>One KEY=VALUE line.</summary>
    public sealed record Variable(string Name, string Value, int Line);

    /// <summary>Variables in file order; a later line with the same name wins, as in a shell.</summary>
    public static IReadOnlyDictionary<string, Variable> Read(string path)
    {
        var text = FileText.Read(path, SettingSource.DotEnv, FileName);
        var variables = new Dictionary<string, Variable>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var variable = ParseLine(lines[index].TrimEnd('\r'), index + 1, path);
            if (variable is not null)
            {
                variables[variable.Name] = variable;
            }
        }
        return variables;
    }

    private static Variable? ParseLine(string line, int lineNumber, string path)
    {
        var content = line.Trim();
        if (content.Length == 0 || content.StartsWith('#'))
        {
            return null;
        }
        if (content.StartsWith("export", StringComparison.Ordinal) && content.Length > 6 && char.IsWhiteSpace(content[6]))
        {
            content = content[6..].TrimStart();
        }

        var equals = content.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? content : content[..equals].TrimEnd();
        if (equals < 0 || !IsVariableName(name))
        {
            // The line itself is never quoted back: it may hold a key.
            throw Malformed(path, lineNumber, "is not KEY=VALUE (a variable name of letters, digits and '_', then '=')");
        }

        var value = ParseValue(content[(equals + 1)..].Trim(), out var problem);
        if (value is null)
        {
            throw Malformed(path, lineNumber, problem!);
        }
        return new Variable(name, value, lineNumber);
    }

    private static string? ParseValue(string raw, out string? problem)
    {
        problem = null;
        if (raw.Length == 0 || (raw[0] != '"' && raw[0] != '\''))
        {
            // Unquoted: a '#' after whitespace starts a comment.
            var comment = raw.IndexOf(" #", StringComparison.Ordinal);
            var tab = raw.IndexOf("\t#", StringComparison.Ordinal);
            var cut = comment < 0 ? tab : tab < 0 ? comment : Math.Min(comment, tab);
            return (cut < 0 ? raw : raw[..cut]).TrimEnd();
        }

        var quote = raw[0];
        var value = new StringBuilder();
        var index = 1;
        for (; index < raw.Length && raw[index] != quote; index++)
        {
            if (quote == '"' && raw[index] == '\\' && index + 1 < raw.Length && raw[index + 1] is '"' or '\\')
            {
                index++;
            }
            value.Append(raw[index]);
        }
        if (index >= raw.Length)
        {
            problem = $"has an unterminated {QuoteName(quote)} quote (values must end on the same line)";
            return null;
        }
        var rest = raw[(index + 1)..].Trim();
        if (rest.Length > 0 && !rest.StartsWith('#'))
        {
            problem = $"has text after the closing {QuoteName(quote)} quote";
            return null;
        }
        return value.ToString();
    }

    private static string QuoteName(char quote) => quote == '"' ? "double" : "single";

    private static bool IsVariableName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static SettingsException Malformed(string path, int lineNumber, string problem) =>
        new(FileName, SettingSource.DotEnv, path,
            $".env file {path}, line {lineNumber} {problem}. Fix or remove that line; lines are KEY=VALUE, '# comment' or blank.");
}
