using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Tickets;

/// <summary>A ticket is addressed by its number or by its code, however a person types it.</summary>
public sealed class TicketRefTests
{
    [Theory]
    [InlineData("123", 123L)]
    [InlineData(" 42 ", 42L)]
    public void A_number_above_zero_is_the_id(string typed, long id)
    {
        var ticketRef = TicketRef.Parse(typed);

        Assert.Equal((id, null), (ticketRef.Id, ticketRef.Code));
    }

    [Theory]
    [InlineData("req 2026-000123", "REQ 2026-000123")]
    [InlineData(" INC 2026-000007 ", "INC 2026-000007")]
    [InlineData("0", "0")]
    [InlineData("-5", "-5")]
    [InlineData("99999999999999999999", "99999999999999999999")]
    public void Anything_else_is_a_code_in_upper_case(string typed, string code)
    {
        var ticketRef = TicketRef.Parse(typed);

        Assert.Equal((null, code), (ticketRef.Id, ticketRef.Code));
    }

    [Fact]
    public void A_route_value_always_binds_and_prints_as_it_addresses()
    {
        Assert.True(TicketRef.TryParse("REQ 2026-000001", null, out var byCode));
        Assert.False(TicketRef.TryParse(null, null, out _));

        Assert.Equal("REQ 2026-000001", byCode.ToString());
        Assert.Equal("7", ((TicketRef)7L).ToString());
    }
}
