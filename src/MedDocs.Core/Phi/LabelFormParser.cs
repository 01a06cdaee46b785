using Part = MedDocs.Core.Phi.LabelledIdentifierMatcher.Part;
using PartKind = MedDocs.Core.Phi.LabelledIdentifierMatcher.PartKind;

namespace MedDocs.Core.Phi;

/// <summary>
/// Expands one label alternation of <see cref="PhiPatterns.LabelGroupPatterns"/> (case-insensitive, with (?-i:…) parts)
/// into the list of its spellings, each a list of parts, in the order a backtracking regex tries them: branches left to
/// right, a sequence's later choices varied first, an optional part ("?") present before absent. Only the syntax those
/// patterns use is accepted (literals, \# \., [sc], [ \t]+ and [ \t]*, (?:…), (?-i:…), |, ?); anything else throws, so a
/// pattern edited beyond it fails the type initialiser and every test rather than matching differently.
/// </summary>
internal sealed class LabelFormParser
{
    private readonly string _pattern;
    private int _at;
    private bool _ignoreCase = true;

    private LabelFormParser(string pattern) => _pattern = pattern;

    public static Part[][] Expand(string pattern)
    {
        var parser = new LabelFormParser(pattern);
        var forms = parser.Alternation();
        if (parser._at != pattern.Length)
        {
            throw Unsupported(pattern, parser._at);
        }
        foreach (var form in forms)
        {
            // A run of blanks must be followed by a character: then taking every blank is the only way to go on.
            for (int i = 0; i < form.Count; i++)
            {
                if (form[i].Kind != PartKind.Character && (i == 0 || i + 1 == form.Count || form[i + 1].Kind != PartKind.Character))
                {
                    throw new NotSupportedException($"Label pattern {pattern}: a run of blanks must sit between characters.");
                }
            }
        }
        return [.. forms.Select(form => form.ToArray())];
    }

    private List<List<Part>> Alternation()
    {
        var forms = Sequence();
        while (_at < _pattern.Length && _pattern[_at] == '|')
        {
            _at++;
            forms.AddRange(Sequence());
        }
        return forms;
    }

    private List<List<Part>> Sequence()
    {
        List<List<Part>> forms = [[]];
        while (_at < _pattern.Length && _pattern[_at] is not ('|' or ')'))
        {
            var item = Quantified();
            forms = [.. forms.SelectMany(head => item.Select(tail => (List<Part>)[.. head, .. tail]))];
        }
        return forms;
    }

    private List<List<Part>> Quantified()
    {
        int atomStart = _at;
        if (_pattern.AsSpan(_at).StartsWith(@"[ \t]"))
        {
            _at += 5;
            char quantifier = _at < _pattern.Length ? _pattern[_at++] : '\0';
            if (quantifier is not ('+' or '*'))
            {
                throw Unsupported(_pattern, atomStart);
            }
            return [[new Part(quantifier == '+' ? PartKind.OneOrMoreBlanks : PartKind.ZeroOrMoreBlanks, ' ', '\t', ' ', ' ')]];
        }
        var atom = Atom();
        if (_at < _pattern.Length && _pattern[_at] == '?')
        {
            _at++;
            if (_at < _pattern.Length && _pattern[_at] is '?' or '+')
            {
                throw Unsupported(_pattern, _at);
            }
            atom.Add([]);
        }
        else if (_at < _pattern.Length && _pattern[_at] is '*' or '+' or '{')
        {
            throw Unsupported(_pattern, _at);
        }
        return atom;
    }

    private List<List<Part>> Atom()
    {
        int start = _at;
        char c = _pattern[_at];
        if (c == '(')
        {
            bool ignoreCase = _ignoreCase;
            if (_pattern.AsSpan(_at).StartsWith("(?:"))
            {
                _at += 3;
            }
            else if (_pattern.AsSpan(_at).StartsWith("(?-i:"))
            {
                _at += 5;
                _ignoreCase = false;
            }
            else
            {
                throw Unsupported(_pattern, start);
            }
            var inner = Alternation();
            if (_at >= _pattern.Length || _pattern[_at] != ')')
            {
                throw Unsupported(_pattern, start);
            }
            _at++;
            _ignoreCase = ignoreCase;
            return inner;
        }
        if (c == '[')
        {
            int close = _pattern.IndexOf(']', _at);
            var members = close < 0 ? "" : _pattern[(_at + 1)..close];
            if (members.Length is 0 or > 2 || !members.All(char.IsAsciiLetter))
            {
                throw Unsupported(_pattern, start);
            }
            _at = close + 1;
            var chars = members.SelectMany(m => Cases(m)).Distinct().ToArray();
            return [[CharacterPart(chars)]];
        }
        if (c == '\\')
        {
            if (_at + 1 >= _pattern.Length || _pattern[_at + 1] is not ('#' or '.'))
            {
                throw Unsupported(_pattern, start);
            }
            _at += 2;
            return [[CharacterPart([_pattern[_at - 1]])]];
        }
        if (c is '.' or '*' or '+' or '?' or '{' or '}' or '^' or '$' or ')' or '|' or ' ' || c > 127 || char.IsControl(c))
        {
            throw Unsupported(_pattern, start);
        }
        _at++;
        return [[CharacterPart([.. Cases(c).Distinct()])]];
    }

    /// <summary>The ASCII characters a pattern character matches in ASCII text: both cases of a letter where case is ignored.</summary>
    private IEnumerable<char> Cases(char c) =>
        _ignoreCase && char.IsAsciiLetter(c) ? [char.ToLowerInvariant(c), char.ToUpperInvariant(c)] : [c];

    private static Part CharacterPart(char[] chars)
    {
        if (chars.Length is 0 or > 4)
        {
            throw new NotSupportedException("A label character class may hold 1 to 4 characters.");
        }
        char At(int i) => chars[Math.Min(i, chars.Length - 1)];
        return new Part(PartKind.Character, At(0), At(1), At(2), At(3));
    }

    private static NotSupportedException Unsupported(string pattern, int at) =>
        new($"Label pattern syntax not handled by hand at {at}: {pattern}");
}
