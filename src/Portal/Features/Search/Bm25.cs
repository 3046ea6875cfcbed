namespace Portal.Features.Search;

/// <summary>
/// BM25F ranking: a term's occurrences are weighted by field (title above description above body),
/// each field normalised by its own average length, then saturated once and multiplied by the
/// term's inverse document frequency.
/// </summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Scores are stored as integers: the score times this, rounded (two decimals are plenty to rank).</summary>
    public const double ScoreScale = 100;

    /// <summary>Field weights: a word in the title says far more about the page than one in its body.</summary>
    public static double Weight(SearchField field) => field switch
    {
        SearchField.Title => 5,
        SearchField.Description => 2,
        _ => 1,
    };

    /// <summary>One occurrence's contribution, before saturation: its field's weight over the field's relative length.</summary>
    public static double FieldTermWeight(SearchField field, int fieldLength, double averageFieldLength) =>
        Weight(field) / (1 - B + (B * (averageFieldLength > 0 ? fieldLength / averageFieldLength : 0)));

    public static double InverseDocumentFrequency(int documents, int documentFrequency) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The stored score of a term in a document: at least 1, so every posting counts.</summary>
    /// <param name="documentWeight">The document's <see cref="SearchDocument.Weight"/>.</param>
    public static int Score(double weightedFrequency, double inverseDocumentFrequency, double documentWeight = 1) =>
        Math.Max(1, (int)Math.Round(inverseDocumentFrequency * weightedFrequency * (K1 + 1) / (weightedFrequency + K1) * documentWeight * ScoreScale));
}
