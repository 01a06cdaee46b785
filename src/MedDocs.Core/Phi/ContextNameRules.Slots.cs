namespace MedDocs.Core.Phi;

/// <summary>
/// Where a name stands, for the shapes that need it: a "LAST, FIRST" of words no name list holds only where a name is written
/// (a line's start, after a label, a parenthesis, a role or title, a bed number); a role abbreviation that is also a unit ("cm")
/// after a number is the unit; a school's, practice's or firm's name after a label.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>
    /// Words after a place's proper word that make it a school ("westfield high", "Lincoln Elementary"); "academy" and "school" are
    /// <see cref="OrganisationWords"/>' heads, asked beside this set wherever it is.
    /// </summary>
    private static readonly AsciiWordSet SchoolWords = new(
        ["high", "elementary", "middle", "junior", "primary", "secondary", "college", "university", "prep", "preparatory", "montessori", "kindergarten"]);

    /// <summary>Words of a practice's or an agency's name after its place word ("Lakes Area Hematology", "Tri-River Regional").</summary>
    private static readonly AsciiWordSet AreaWords = new(["area", "regional", "community", "region", "county", "metro", "district", "valley"]);

    /// <summary>"LAST, FIRST" at token <paramref name="i"/> in a name's slot (see the class summary).</summary>
    private static bool IsLastFirstSlot(TextTokens tokens, int i)
    {
        if (i == 0 || tokens[i].NewLineBefore)
        {
            return true;
        }
        int before = i - 1;
        if (tokens[before].Kind == TokenKind.Symbol)
        {
            return tokens.Text[tokens[before].Start] is ':' or '(' or '/' or ';' or '-' or '=' or '[';
        }
        if (tokens.IsNumber(before))
        {
            // "BED 3 NWACHUKWU, IFEANYI".
            return tokens.IsWord(before - 1) && BedWords.Contains(tokens.Span(before - 1));
        }
        var word = tokens.Span(before);
        return ContextWords.Titles.Contains(word) || ContextWords.RolesBefore.Contains(word) || ContextWords.Relations.Contains(word)
            || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
            || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase)
            || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("patient", StringComparison.OrdinalIgnoreCase)
            || word.Equals("pt", StringComparison.OrdinalIgnoreCase) || word.Equals("name", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A word that ends a school's, firm's or facility's name ("elementary", "Inc", "Bakery", "Hospital").</summary>
    private static bool IsOrganisationHead(ReadOnlySpan<char> word) =>
        SchoolWords.Contains(word) || OrganisationWords.IsHead(word) || ContextWords.StrongFacilityHeads.Contains(word);

    /// <summary>"165 cm Weight", "2.3 cm TI-RADS 4": "cm" (also "case manager") after a number is centimetres.</summary>
    private static bool IsUnitAfterNumber(TextTokens tokens, int role) =>
        tokens.WordIs(role, "cm") && role > 0 && tokens.IsNumber(role - 1) && !tokens[role].NewLineBefore;
}
