using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;

namespace MedDocs.Core.Documents;

/// <summary>Builds the text operation for one run: the loader with the settings' limits and PDF password.</summary>
public static class DocumentTextFactory
{
    public static DocumentTextOperation Create(MedDocsSettings settings, DocumentTextRequest request, OperationEvents events) =>
        new(OperationSetup.Loader(settings, events), request);
}
