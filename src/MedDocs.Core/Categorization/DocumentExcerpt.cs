using System.Globalization;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Categorization;

/// <summary>
/// The part of a document sent to the model, within a character budget: the whole text when it fits, else the
/// beginning (title, caption, first pages — where a document says what it is) plus the start of the last page
/// (signature blocks, totals, certificates of service), with a note saying what was left out.
/// </summary>
/// <param name="Text">What is sent.</param>
/// <param name="Note">One line for the prompt when text was left out; null when the whole document is sent.</param>
public sealed record DocumentExcerpt(string Text, string? Note)
{
    /// <summary>Share of the budget kept for the last page of a long document.</summary>
    private const double TailShare = 0.25;

    public bool Shortened => Note is not null;

    public static DocumentExcerpt From(Document document, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var text = document.Text;
        if (text.Length <= maxChars)
        {
            return new DocumentExcerpt(text, null);
        }

        const string Gap = "\n[…]\n";
        var budget = Math.Max(1, maxChars - Gap.Length);
        var pages = document.Pages;
        string head;
        string tail;
        string note;
        if (pages.Count > 1)
        {
            var last = pages[^1].Text;
            var tailLength = Math.Min(last.Length, (int)(budget * TailShare));
            var headLength = Math.Min(document.PageOffsets[^1], budget - tailLength);
            head = Cut(text, headLength);
            tail = Cut(last, tailLength);
            var firstOmitted = document.PageAt(Math.Min(head.Length, text.Length));
            note = string.Create(CultureInfo.InvariantCulture,
                $"Only an excerpt is shown: the text from the start up to page {firstOmitted} of {pages.Count}, then the start of the last page.");
        }
        else
        {
            var tailLength = (int)(budget * TailShare);
            head = Cut(text, budget - tailLength);
            tail = text[^tailLength..];
            note = string.Create(CultureInfo.InvariantCulture,
                $"Only an excerpt is shown: the beginning and the end of a long text ({text.Length} characters).");
        }
        return new DocumentExcerpt(string.Concat(head, Gap, tail), note);
    }

    /// <summary>The first <paramref name="length"/> characters, ending at a word break when one is near.</summary>
    private static string Cut(string text, int length)
    {
        if (length >= text.Length)
        {
            return text;
        }
        var space = text.LastIndexOfAny([' ', '\n'], Math.Max(0, length - 1), Math.Min(length, 80));
        return text[..(space > 0 ? space : length)];
    }
}
