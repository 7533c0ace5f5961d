using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Mesa.Core.Tickets;

/// <summary>
/// A ticket's address as people and programs write it: its numeric id ("123") or its code ("REQ 2026-000123",
/// any case). Read once where it comes in (route, form, mail subject); every service takes this, never the text.
/// </summary>
public readonly record struct TicketRef : IParsable<TicketRef>
{
    private TicketRef(long? id, string? code)
    {
        Id = id;
        Code = code;
    }

    /// <summary>Set when the address is a number above zero.</summary>
    public long? Id { get; }

    /// <summary>Set otherwise: the code as tickets store it (upper case, trimmed).</summary>
    public string? Code { get; }

    public static TicketRef Of(long id) => new(id, null);

    public static implicit operator TicketRef(long id) => Of(id);

    /// <summary>Any text addresses a ticket (one that does not exist is simply not found).</summary>
    public static TicketRef Parse(string s, IFormatProvider? provider = null)
    {
        var key = s.Trim();
        return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new TicketRef(id, null)
            : new TicketRef(null, key.ToUpperInvariant());
    }

    /// <summary>How minimal API routes bind <c>{id}</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TicketRef result)
    {
        result = s is null ? default : Parse(s, provider);
        return s is not null;
    }

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? Code ?? "";
}
