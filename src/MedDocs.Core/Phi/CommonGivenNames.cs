namespace MedDocs.Core.Phi;

/// <summary>
/// Common US given names, written for MedDocs from general knowledge (names are facts, not a copied
/// list). Used only to recognise "Given Surname" pairs without a cue word. Words that are also common
/// English or clinical words (Will, May, June, Mark, Grace, Hope, Hunter, Austin, Lee, Ivy …) are left
/// out on purpose: precision matters more than the last few names.
/// </summary>
internal static class CommonGivenNames
{
    /// <summary>The names, '|'-separated (ASCII letters only, capitalised).</summary>
    public const string Alternation =
        "Aaliyah|Aaron|Abigail|Adam|Adriana|Agnes|Ahmed|Aiden|Aisha|Alan|Albert|Alejandra|Alejandro|Alexander|Alexis|" +
        "Alfred|Alice|Alvin|Alyssa|Amanda|Amber|Amy|Ana|Andre|Andrea|Andres|Andrew|Angela|Ann|Anna|Anthony|Antonio|" +
        "Aria|Arlene|Arthur|Ashley|Audrey|Ava|Barbara|Beatriz|Becky|Benjamin|Bernadette|Bernard|Betty|Beverly|Billy|" +
        "Bobby|Bonnie|Bradley|Brandon|Brenda|Brett|Brian|Brianna|Bridget|Brittany|Bruce|Bryan|Caleb|Calvin|Camila|Carl|" +
        "Carlos|Carmen|Carol|Caroline|Carolyn|Catherine|Cathy|Charlene|Charles|Charlotte|Cheryl|Chloe|Christian|" +
        "Christina|Christine|Christopher|Claire|Clarence|Clifford|Cody|Colin|Colleen|Connie|Connor|Corey|Courtney|" +
        "Crystal|Curtis|Cynthia|Dana|Daniel|Danielle|Danny|Darlene|Darnell|Darrell|Darren|David|DeShawn|Debbie|Deborah|" +
        "Debra|Denise|Dennis|Derek|Diana|Diane|Diego|Dmitri|Donald|Donna|Doris|Dorothy|Douglas|Dustin|Edith|Eduardo|" +
        "Edward|Edwin|Eileen|Elaine|Elena|Elijah|Elizabeth|Ella|Ellie|Emily|Emma|Eric|Erica|Erin|Ernest|Esther|Ethan|" +
        "Eugene|Evan|Evelyn|Fatima|Fernando|Fiona|Florence|Frances|Francis|Francisco|Frank|Fred|Gabriel|Gabriella|Gail|" +
        "Gary|George|Gerald|Gina|Gladys|Glenda|Glenn|Gloria|Gregory|Greta|Guadalupe|Gwen|Haley|Hannah|Harold|Harry|" +
        "Hassan|Heather|Hector|Heidi|Helen|Henry|Herbert|Hiroshi|Holly|Howard|Ian|Imani|Ingrid|Irene|Isaac|Isabel|" +
        "Isabella|Jack|Jacob|Jacqueline|Jaime|Jamal|James|Jane|Janet|Janice|Jared|Jasmine|Jason|Javier|Jean|Jeanne|" +
        "Jeffrey|Jenna|Jennifer|Jeremy|Jerry|Jesse|Jessica|Jill|Jimmy|Joan|Joanna|Joanne|Joe|John|Johnny|Jonathan|" +
        "Jorge|Jose|Joseph|Josephine|Joshua|Joyce|Juan|Judith|Judy|Julia|Julie|Justin|Kaitlyn|Karen|Katherine|Kathleen|" +
        "Kathryn|Kathy|Kayla|Keisha|Keith|Kelly|Kenji|Kenneth|Kevin|Kimberly|Kristen|Kristin|Kyle|Larry|Latoya|Laura|" +
        "Lauren|Lawrence|Layla|Leah|Leonard|Leroy|Liam|Lillian|Lily|Linda|Lisa|Lloyd|Lois|Lorena|Lori|Louis|Louise|" +
        "Lucas|Lucia|Lucille|Lucy|Luis|Luke|Lydia|Madison|Malik|Manuel|Marcus|Margaret|Margo|Maria|Marianne|Marie|" +
        "Marilyn|Mario|Marjorie|Martha|Marvin|Mary|Matthew|Maureen|Maya|Megan|Mei|Melanie|Melissa|Melvin|Mia|Michael|" +
        "Michelle|Miguel|Mildred|Miriam|Mitchell|Mohammed|Molly|Monica|Nancy|Naomi|Natalie|Natasha|Nathan|Nathaniel|" +
        "Nicholas|Nicole|Nina|Noah|Nora|Norma|Olga|Oliver|Olivia|Omar|Owen|Pamela|Patricia|Patrick|Paul|Paula|Pedro|" +
        "Peggy|Penelope|Peter|Philip|Phyllis|Priya|Rachel|Rafael|Raj|Ralph|Randy|Raymond|Rebecca|Renee|Rhonda|Ricardo|" +
        "Richard|Rita|Robert|Roberta|Roberto|Rodney|Roger|Ronald|Ronnie|Rosa|Rosemary|Roy|Russell|Ruth|Ryan|Sakura|" +
        "Sally|Samantha|Samuel|Sandra|Sara|Sarah|Savannah|Scarlett|Scott|Sean|Sergei|Sergio|Seth|Shane|Shanice|Sharon|" +
        "Shawn|Sheila|Shirley|Silvia|Siobhan|Sofia|Sophia|Spencer|Stacy|Stanley|Stella|Stephanie|Stephen|Steven|Susan|" +
        "Svetlana|Tammy|Tanisha|Tara|Teresa|Terrence|Terry|Thelma|Theodore|Theresa|Thomas|Tiffany|Timothy|Tina|Todd|" +
        "Tommy|Tracy|Travis|Trevor|Tyrone|Valentina|Vanessa|Vera|Veronica|Vicki|Victor|Victoria|Vincent|Virginia|" +
        "Walter|Wanda|Wayne|Wei|Wendy|Wesley|William|Willie|Yolanda|Yuki|Yvonne|Zachary|Zoe";

    /// <summary>The names grouped by initial (A–Z), so a span is checked without allocating a string.</summary>
    private static readonly string[][] ByInitial = GroupByInitial();

    /// <summary>True when <paramref name="word"/> is exactly one of the names (case-sensitive).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }
        foreach (var name in ByInitial[word[0] - 'A'])
        {
            if (name.Length == word.Length && word.SequenceEqual(name))
            {
                return true;
            }
        }
        return false;
    }

    private static string[][] GroupByInitial()
    {
        var groups = new string[26][];
        var names = Alternation.Split('|');
        for (int i = 0; i < groups.Length; i++)
        {
            char initial = (char)('A' + i);
            groups[i] = Array.FindAll(names, n => n[0] == initial);
        }
        return groups;
    }
}
