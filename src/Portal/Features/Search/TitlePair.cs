using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// Two neighbouring Thai terms of a title as one more term of the index: <c>ข้อมูล ผู้</c> and <c>ผู้ บริหาร</c> for the
/// title ข้อมูลผู้บริหาร. A reader who types a page's title, or part of it, means that page, not the pages that hold the
/// same words apart (ข้อมูล… ผู้เข้าชม… บริหาร); search.js adds the score of each pair of neighbouring words of the query
/// that a title holds, so a title with the query's words side by side ranks above a page with them apart. A pair is
/// scored as a word of the title is (BM25F, with its own rarity, usually high).
/// <para>
/// Only titles are paired (pairs of every body would multiply the index), and only Thai words: Thai is written without
/// spaces, so what a reader types as one string (ข้อมูลผู้บริหาร) reaches the index as several words that only the pair
/// keeps together, while Latin words and numbers are typed apart, each matched as a word; their pairs would only add
/// bytes to the chunk every query with a number downloads. The separator is a space, which no term holds
/// (<see cref="SearchText"/> splits on it), so a pair never meets a word in the browser's lookups.
/// </para>
/// </summary>
internal static class TitlePair
{
    public static string Of(string first, string second) => string.Concat(first, " ", second);

    /// <summary>Whether a term takes part in pairs: a Thai word.</summary>
    public static bool Pairs(ReadOnlySpan<char> term)
    {
        foreach (var c in term)
        {
            if (!ThaiText.IsThai(c))
            {
                return false;
            }
        }

        return true;
    }
}
