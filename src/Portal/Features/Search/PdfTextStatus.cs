namespace Portal.Features.Search;

/// <summary>What reading a PDF's text gave; only <see cref="Searchable"/> text goes into the index.</summary>
internal enum PdfTextStatus
{
    Searchable,

    /// <summary>Almost no letters: a scan, or pictures of text (<see cref="ExtractedTextQuality.MinLettersPerPage"/>).</summary>
    NoText,

    /// <summary>Letters that are not readable text: a legacy Thai font without a Unicode map (<see cref="ExtractedTextQuality.MaxGarbledShare"/>).</summary>
    Garbled,

    /// <summary>The file could not be read as a PDF (damaged, cut short, or locked with a password).</summary>
    Unreadable,
}
