namespace MedDocs.Core.Phi;

/// <summary>
/// Check-digit and range validations that turn a pattern match into a high-confidence finding.
/// Pure functions over spans: no allocation, safe from any thread.
/// </summary>
internal static class IdentifierChecks
{
    /// <summary>SSA rules: area not 000, 666 or 900–999; group not 00; serial not 0000.</summary>
    public static bool IsValidSsn(ReadOnlySpan<char> area, ReadOnlySpan<char> group, ReadOnlySpan<char> serial)
    {
        int a = ParseDigits(area);
        return a is > 0 and not 666 and < 900 && ParseDigits(group) > 0 && ParseDigits(serial) > 0;
    }

    /// <summary>Luhn (mod 10) over the digits of <paramref name="value"/>, ignoring separators.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> value) => LuhnSum(value, 0) % 10 == 0;

    /// <summary>NPI: 10 digits starting with 1 or 2 whose Luhn sum with the card-issuer prefix 80840 is valid.</summary>
    public static bool IsValidNpi(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || digits[0] is not ('1' or '2') || !IsAllDigits(digits))
        {
            return false;
        }
        // The prefix 80840 contributes a constant 24 to the Luhn sum of the 10 digits.
        return LuhnSum(digits, 24) % 10 == 0;
    }

    /// <summary>DEA: registrant letter, second letter (or 9), 7 digits with the DEA check digit.</summary>
    public static bool IsValidDea(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !"ABCDEFGHJKLMPRSTUX".Contains(value[0]) || !(char.IsAsciiLetterUpper(value[1]) || value[1] == '9'))
        {
            return false;
        }
        var d = value[2..];
        if (!IsAllDigits(d))
        {
            return false;
        }
        int sum = (d[0] - '0') + (d[2] - '0') + (d[4] - '0') + (2 * ((d[1] - '0') + (d[3] - '0') + (d[5] - '0')));
        return sum % 10 == d[6] - '0';
    }

    /// <summary>North-American VIN check digit (position 9) over 17 characters without I, O, Q.</summary>
    public static bool IsValidVin(ReadOnlySpan<char> vin)
    {
        if (vin.Length != 17)
        {
            return false;
        }
        ReadOnlySpan<int> weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            int value = VinValue(vin[i]);
            if (value < 0)
            {
                return false;
            }
            sum += value * weights[i];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char)('0' + check);
        return vin[8] == expected;
    }

    /// <summary>IPv4 dotted quad with every octet 0–255 and no leading zeros beyond one digit.</summary>
    public static bool IsValidIpv4(ReadOnlySpan<char> value)
    {
        int octets = 0;
        while (true)
        {
            int dot = value.IndexOf('.');
            var part = dot < 0 ? value : value[..dot];
            if (part.Length is 0 or > 3 || !IsAllDigits(part) || (part.Length > 1 && part[0] == '0') || ParseDigits(part) > 255)
            {
                return false;
            }
            octets++;
            if (dot < 0)
            {
                break;
            }
            value = value[(dot + 1)..];
        }
        return octets == 4;
    }

    /// <summary>Credit-card shape: 13–19 digits, one kind of separator, known issuer prefix, Luhn valid, not one repeated digit.</summary>
    public static bool IsPlausibleCardNumber(ReadOnlySpan<char> value)
    {
        int digits = 0;
        char separator = '\0';
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (separator == '\0')
            {
                separator = c;
            }
            else if (separator != c)
            {
                return false;
            }
        }
        if (digits is < 13 or > 19 || value[0] is < '2' or > '6')
        {
            return false;
        }
        char first = value[0];
        bool allSame = true;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c) && c != first)
            {
                allSame = false;
                break;
            }
        }
        return !allSame && PassesLuhn(value);
    }

    public static int CountDigits(ReadOnlySpan<char> value)
    {
        int count = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }
        return count;
    }

    public static bool IsAllDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>Parses up to 9 ASCII digits (callers pass short, digit-only groups).</summary>
    public static int ParseDigits(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    private static int LuhnSum(ReadOnlySpan<char> value, int initial)
    {
        int sum = initial;
        bool doubleIt = false;
        for (int i = value.Length - 1; i >= 0; i--)
        {
            char c = value[i];
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }
            int d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum;
    }

    private static int VinValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }
        return c switch
        {
            'A' or 'J' => 1,
            'B' or 'K' or 'S' => 2,
            'C' or 'L' or 'T' => 3,
            'D' or 'M' or 'U' => 4,
            'E' or 'N' or 'V' => 5,
            'F' or 'W' => 6,
            'G' or 'P' or 'X' => 7,
            'H' or 'Y' => 8,
            'R' or 'Z' => 9,
            _ => -1,
        };
    }
}
