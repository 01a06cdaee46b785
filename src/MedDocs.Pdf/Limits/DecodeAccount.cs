namespace MedDocs.Pdf.Limits;

/// <summary>
/// What one document may still decode: the per-stream cap, the document's own budget and (optionally) a budget
/// shared with other documents. Every expanding filter reserves before it decodes and settles afterwards; cuts are
/// recorded so the caller can say that text is missing. Bytes taken from the shared budget go back when the
/// document is closed (it bounds what documents read in parallel decode together).
/// </summary>
internal sealed class DecodeAccount
{
    private readonly long maxStream;
    private readonly PdfDecodeBudget document;
    private readonly PdfDecodeBudget? shared;
    private readonly List<PdfDecodeCut> cuts = [];
    private long takenFromShared;

    public DecodeAccount(long maxStream, long maxDocument, PdfDecodeBudget? shared)
    {
        // A byte[] cannot hold more than Array.MaxLength bytes, whatever the settings say.
        this.maxStream = Math.Clamp(maxStream, 0, Array.MaxLength);
        document = new PdfDecodeBudget(Math.Max(0, maxDocument), "document");
        this.shared = shared;
    }

    /// <summary>An account without document or shared limits (tests, xref streams): only the stream cap applies.</summary>
    public static DecodeAccount StreamCapOnly(long maxStream) => new(maxStream, long.MaxValue, null);

    /// <summary>The page being read, for the cut records.</summary>
    public int? CurrentPage { get; set; }

    public IReadOnlyList<PdfDecodeCut> Cuts => cuts;

    /// <summary>Reserves what one decoding step may produce and says which limit decided the size.</summary>
    public Reservation Reserve()
    {
        var fromDocument = document.Take(maxStream);
        var fromShared = shared?.Take(fromDocument) ?? fromDocument;
        if (shared != null)
        {
            document.Return(fromDocument - fromShared);
            takenFromShared += fromShared;
        }

        var limit = fromShared < fromDocument ? PdfDecodeLimit.Shared
            : fromDocument < maxStream ? PdfDecodeLimit.Document
            : PdfDecodeLimit.Stream;
        return new Reservation((int)fromShared, limit);
    }

    /// <summary>Returns the unused part of a reservation and records a cut when the output filled it.</summary>
    public void Settle(Reservation reservation, int used, bool cut)
    {
        var unused = reservation.Bytes - Math.Min(used, reservation.Bytes);
        document.Return(unused);
        if (shared != null)
        {
            shared.Return(unused);
            takenFromShared -= unused;
        }

        if (cut)
        {
            lock (cuts)
            {
                if (cuts.Count < 100)
                {
                    cuts.Add(new PdfDecodeCut(CurrentPage, reservation.Limit, LimitBytes(reservation.Limit)));
                }
            }
        }
    }

    /// <summary>Charges bytes produced outside the filters (image samples padded to their declared size); false when they do not fit.</summary>
    public bool TryCharge(long bytes)
    {
        if (bytes <= 0)
        {
            return true;
        }

        var reservation = Reserve();
        if (reservation.Bytes < bytes)
        {
            Settle(reservation, 0, cut: true);
            return false;
        }

        Settle(reservation, (int)bytes, cut: false);
        return true;
    }

    /// <summary>Gives the shared budget back (the document is closed).</summary>
    public void Release()
    {
        shared?.Return(takenFromShared);
        takenFromShared = 0;
    }

    private long LimitBytes(PdfDecodeLimit limit) => limit switch
    {
        PdfDecodeLimit.Stream => maxStream,
        PdfDecodeLimit.Document => document.Limit,
        _ => shared?.Limit ?? 0,
    };

    internal readonly record struct Reservation(int Bytes, PdfDecodeLimit Limit);
}
