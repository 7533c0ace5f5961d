namespace Mesa.Core.Common;

/// <summary>
/// How far a list may be paged. A page beyond <see cref="MaxPage"/> is bad input (400 on <c>page</c>), never an offset
/// the database cannot take: at the largest page size it stays well within what an offset can count.
/// </summary>
public static class Paging
{
    public const int MaxPage = 1_000_000;

    public static bool IsValid(int page) => page is >= 1 and <= MaxPage;

    /// <summary>The page asked for, or an <see cref="InputException"/> on <c>page</c>.</summary>
    public static int Check(int page) =>
        IsValid(page) ? page : throw new InputException("page", Rules.OutOfRange, 1, MaxPage);
}
