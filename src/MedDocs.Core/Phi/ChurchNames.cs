namespace MedDocs.Core.Phi;

/// <summary>
/// A congregation named by its denomination after one proper word, the way members and clergy say it: "First
/// Congregational", "Bethel AME", "Zion Baptist", "Grace Lutheran Church". The word before the denomination is an ordinal,
/// a church's biblical name, or a capitalised word no English list knows; "Southern Baptist" (a denomination, no
/// congregation), "a Methodist" and "Baptist" alone stay unfound.
/// </summary>
internal static class ChurchNames
{
    /// <summary>Denominations and their capital letters ("AME", African Methodist Episcopal).</summary>
    private static readonly AsciiWordSet Denominations = new(
        ["baptist", "methodist", "presbyterian", "lutheran", "episcopal", "pentecostal", "congregational", "mennonite", "adventist", "ame"]);

    /// <summary>Ordinals and the biblical names congregations take.</summary>
    private static readonly AsciiWordSet ChurchWords = new(
    [
        "first", "second", "third", "fourth", "grace", "trinity", "calvary", "bethel", "zion", "bethany", "bethlehem", "ebenezer", "shiloh",
        "emmanuel", "immanuel", "hope", "faith", "redeemer", "messiah", "resurrection", "gethsemane", "mizpah", "salem", "antioch", "covenant",
    ]);

    private static readonly AsciiWordSet ChurchHeads = new(["church", "chapel", "congregation", "tabernacle", "temple"]);

    /// <summary>Returns the name's last token, or -1. <paramref name="denomination"/> is the denomination's token.</summary>
    public static int TryAt(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int denomination)
    {
        int name = denomination - 1;
        if (!tokens.IsWord(name) || tokens[denomination].NewLineBefore || tokens[denomination].Start - tokens[name].End != 1)
        {
            return -1;
        }
        var word = tokens.Span(denomination);
        bool caps = WordShape.IsAllCaps(word) && word.Length == 3;
        if (!Denominations.Contains(word) || !(caps || WordShape.IsTitleCase(word)) || !caps && word.Length == 3)
        {
            return -1;
        }
        var nameWord = tokens.Span(name);
        if (!WordShape.IsTitleCase(nameWord) || nameWord.Length < 4 && !ChurchWords.Contains(nameWord) || ContextWords.Titles.Contains(nameWord)
            || !(ChurchWords.Contains(nameWord) || lexicon.Lookup(nameWord).English <= 1 && !ContextWords.NotNames.Contains(nameWord) && !PlaceContextRules.IsStateOrCountry(nameWord)))
        {
            return -1;
        }
        int end = denomination;
        if (tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && ChurchHeads.Contains(tokens.Span(end + 1)) && WordShape.IsCapitalised(tokens.Span(end + 1)))
        {
            end++;
        }
        sink.Add(PhiType.Location, tokens[name].Start, tokens[end].End - tokens[name].Start, 0.74, "location-organisation");
        return end;
    }
}
