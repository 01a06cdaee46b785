using System.Globalization;
using System.Text;

namespace MedDocs.Core.Phi;

/// <summary>
/// Makes consistent fake values for one document: every original (normalised) gets one surrogate, name
/// words map word by word (so "Lopez" alone later becomes the same fake surname as in "Maria Lopez"), and
/// all dates move by one offset. A new instance per document: nothing leaks from one document to the next.
/// </summary>
internal sealed class SurrogateGenerator
{
    private const int MaximumShiftDays = 180;

    private readonly Random _random;
    private readonly HashSet<string> _originalWords;
    private readonly Dictionary<string, string> _byOriginal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _givenNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _surnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _placeWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedFakes = new(StringComparer.OrdinalIgnoreCase);
    private int _emailCount;
    private int _urlCount;
    private int _ipCount;

    /// <param name="random">Seeded per document by the caller.</param>
    /// <param name="originalWords">Every word of every finding: surrogates never reuse one of them.</param>
    public SurrogateGenerator(Random random, HashSet<string> originalWords)
    {
        _random = random;
        _originalWords = originalWords;
        int magnitude = _random.Next(1, MaximumShiftDays + 1);
        DateShiftDays = _random.Next(2) == 0 ? -magnitude : magnitude;
    }

    /// <summary>The one offset applied to every date of the document (never 0).</summary>
    public int DateShiftDays { get; }

    /// <summary>The substitute for one finding, or null when the original cannot be rebuilt (the caller falls back to a tag).</summary>
    public string? SurrogateFor(PhiFinding finding)
    {
        if (finding.Type == PhiType.Name)
        {
            // Names are consistent word by word (and keep each mention's capitals), not as whole strings.
            return FakeName(finding.Text);
        }
        string key = finding.Type + "\u0001" + Normalise(finding);
        if (_byOriginal.TryGetValue(key, out var known))
        {
            return known;
        }
        string? surrogate = finding.Type switch
        {
            PhiType.Name => FakeName(finding.Text),
            PhiType.Date => DateSurrogate.Shift(finding.Text, DateShiftDays),
            PhiType.Year => FakeYear(finding.Text),
            PhiType.Age => "90+",
            PhiType.Phone or PhiType.Fax => FakePhone(finding.Text),
            PhiType.Ssn => ReshapeDigits(finding.Text, firstDigit: '9'),
            PhiType.Email => $"person{++_emailCount}@example.org",
            PhiType.Url => FakeUrl(finding.Text),
            PhiType.IpAddress => finding.Text.Contains(':') ? $"2001:db8::{++_ipCount:x}" : $"192.0.2.{(++_ipCount % 254) + 1}",
            PhiType.Zip => new string(finding.Text.Select(c => char.IsAsciiDigit(c) ? '0' : c).ToArray()),
            PhiType.Location => FakeLocation(finding.Text),
            _ => ReshapeAlphanumeric(finding.Text),
        };
        if (surrogate is not null)
        {
            _byOriginal[key] = surrogate;
        }
        return surrogate;
    }

    /// <summary>Case- and spacing-insensitive for words; separator-insensitive for numbers.</summary>
    private static string Normalise(PhiFinding finding) => finding.Type switch
    {
        PhiType.Phone or PhiType.Fax or PhiType.Ssn or PhiType.Zip => new string(finding.Text.Where(char.IsAsciiDigit).ToArray()),
        PhiType.Date => finding.Text,
        PhiType.Mrn or PhiType.AccountNumber or PhiType.HealthPlanId or PhiType.LicenseNumber or PhiType.DeviceId
            or PhiType.VehicleId or PhiType.Other => new string(finding.Text.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant(),
        _ => string.Join(' ', finding.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant(),
    };

    private string FakeName(string original)
    {
        // "Lopez, Maria" is surname first; otherwise the last word is the surname.
        int comma = original.IndexOf(',');
        var words = original.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        bool surnameFirst = comma > 0 && words.Length > 1 && !IsSuffix(words[^1].TrimEnd('.'));
        var parts = new List<string>(words.Length);
        int lastNameWord = Array.FindLastIndex(words, w => !IsSuffix(w.TrimEnd('.')) && !IsInitial(w));
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string fake;
            if (IsSuffix(word.TrimEnd('.')))
            {
                fake = word;
            }
            else if (IsInitial(word))
            {
                fake = MapWord(_givenNames, word, () => ((char)('A' + _random.Next(26))) + ".");
            }
            else
            {
                bool isSurname = words.Length == 1
                    ? _surnames.ContainsKey(word) || (!_givenNames.ContainsKey(word) && !SurrogateVocabulary.IsKnownGivenName(word))
                    : surnameFirst ? i == 0 : i == lastNameWord;
                fake = isSurname
                    ? MapWord(_surnames, word, () => Pick(SurrogateVocabulary.Surnames))
                    : MapWord(_givenNames, word, () => Pick(SurrogateVocabulary.GivenNames));
                fake = MatchCase(fake, word);
            }
            parts.Add(fake);
        }
        // Rebuild with the original separators between words.
        var sb = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < words.Length; i++)
        {
            int at = original.IndexOf(words[i], cursor, StringComparison.Ordinal);
            sb.Append(original, cursor, at - cursor).Append(parts[i]);
            cursor = at + words[i].Length;
        }
        return sb.Append(original, cursor, original.Length - cursor).ToString();
    }

    private string MapWord(Dictionary<string, string> map, string word, Func<string> make)
    {
        string key = word.TrimEnd('.');
        if (map.TryGetValue(key, out var fake))
        {
            return fake;
        }
        for (int attempt = 0; attempt < 64; attempt++)
        {
            fake = make();
            if (!_originalWords.Contains(fake.TrimEnd('.')) && (_usedFakes.Add(fake) || attempt > 32))
            {
                break;
            }
        }
        map[key] = fake!;
        return fake!;
    }

    /// <summary>
    /// A year moves by one per-document offset of 1–5 years (its sign and size from the date offset), in its own shape:
    /// "2019", "'98". Years are opt-in; asked for, they must not survive redaction, which a day offset alone would not ensure.
    /// </summary>
    private string? FakeYear(string original)
    {
        string digits = new(original.Where(char.IsAsciiDigit).ToArray());
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }
        int full = digits.Length == 2 ? (year > DateTime.UtcNow.Year % 100 ? 1900 : 2000) + year : year;
        if (full is < 1 or > 9998)
        {
            return null;
        }
        int shifted = full + (Math.Sign(DateShiftDays) * (1 + (Math.Abs(DateShiftDays) % 5)));
        string text = digits.Length == 2 ? (shifted % 100).ToString("00", CultureInfo.InvariantCulture) : shifted.ToString(CultureInfo.InvariantCulture);
        return original.Replace(digits, text, StringComparison.Ordinal);
    }

    private string FakePhone(string original)
    {
        int digits = IdentifierChecks.CountDigits(original);
        var fake = new char[digits];
        for (int i = 0; i < digits; i++)
        {
            fake[i] = (char)('0' + _random.Next(10));
        }
        if (digits >= 10)
        {
            // Area code never starts with 0/1; the line is in the 555-01xx range reserved for fiction.
            fake[digits - 10] = (char)('2' + _random.Next(8));
            "55501".CopyTo(0, fake, digits - 7, 5);
            if (digits == 11 && original.TrimStart().TrimStart('+').StartsWith('1'))
            {
                fake[0] = '1';
            }
        }
        else if (digits >= 7)
        {
            "55501".CopyTo(0, fake, digits - 7, 5);
        }
        return PlaceDigits(original, fake);
    }

    private string ReshapeDigits(string original, char firstDigit)
    {
        int digits = IdentifierChecks.CountDigits(original);
        var fake = new char[digits];
        for (int i = 0; i < digits; i++)
        {
            fake[i] = (char)('0' + _random.Next(10));
        }
        if (digits > 0)
        {
            fake[0] = firstDigit;
        }
        return PlaceDigits(original, fake);
    }

    /// <summary>Random letters for letters and digits for digits, separators kept; never equal to the original.</summary>
    private string ReshapeAlphanumeric(string original)
    {
        for (int attempt = 0; ; attempt++)
        {
            var chars = original.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (char.IsAsciiDigit(c))
                {
                    chars[i] = (char)('0' + _random.Next(10));
                }
                else if (char.IsAsciiLetterUpper(c))
                {
                    chars[i] = (char)('A' + _random.Next(26));
                }
                else if (char.IsAsciiLetterLower(c))
                {
                    chars[i] = (char)('a' + _random.Next(26));
                }
            }
            var fake = new string(chars);
            if (!fake.Equals(original, StringComparison.OrdinalIgnoreCase) || attempt > 8)
            {
                return fake;
            }
        }
    }

    private string FakeUrl(string original)
    {
        int n = ++_urlCount;
        if (original.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return $"https://example.org/page{n}";
        }
        return original.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? $"www.example.org/page{n}" : $"example{n}.org";
    }

    /// <summary>Numbers keep their shape, structure words (St, Apt, PO Box) stay, place words map consistently.</summary>
    private string FakeLocation(string original)
    {
        var sb = new StringBuilder(original.Length + 8);
        int i = 0;
        while (i < original.Length)
        {
            char c = original[i];
            if (!char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < original.Length && (char.IsLetterOrDigit(original[i]) || original[i] is '\'' or '-'))
            {
                i++;
            }
            string token = original[start..i];
            if (token.Any(char.IsAsciiDigit))
            {
                sb.Append(ReshapeAlphanumeric(token));
            }
            else if (SurrogateVocabulary.AddressStructureWords.Contains(token) || ContextWords.FacilityHeads.Contains(token)
                || ContextWords.FacilityInner.Contains(token) || ContextWords.Departments.Contains(token)
                || (!char.IsUpper(token[0]) && PhiLexicon.Shared.Lookup(token).English >= 2 && PhiLexicon.Shared.Lookup(token).Place == 0))
            {
                // Structure ("Street", "Medical Center", "of") stays; lower-case place names ("quincy") are replaced too.
                sb.Append(token);
            }
            else
            {
                sb.Append(MatchCase(MapWord(_placeWords, token, () => Pick(SurrogateVocabulary.PlaceWords)), token));
            }
        }
        return sb.ToString();
    }

    private static string PlaceDigits(string original, char[] digits)
    {
        var chars = original.ToCharArray();
        int next = 0;
        for (int i = 0; i < chars.Length && next < digits.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = digits[next++];
            }
        }
        return new string(chars);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>The fake in the original's letter case: "LOPEZ" → "PEMBERTON", "lopez" → "pemberton", else as listed.</summary>
    private static string MatchCase(string fake, string template) =>
        template.Length > 1 && template.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? fake.ToUpper(CultureInfo.InvariantCulture)
        : template.All(c => !char.IsLetter(c) || char.IsLower(c)) ? fake.ToLower(CultureInfo.InvariantCulture) : fake;

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsSuffix(string word) => word is "Jr" or "Sr" or "II" or "III" or "IV" or "JR" or "SR";
}
