using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>With the setting on, a new ticket is assigned the moment it is registered.</summary>
public sealed class AssignOnRegistrationTests(AssignOnRegistrationApp app) : IClassFixture<AssignOnRegistrationApp>
{
    [Fact]
    public async Task A_new_ticket_is_assigned_at_once_by_the_rules()
    {
        var ticket = await new Desk(app).RegisterAsync();

        var now = await new Desk(app).GetAsync(ticket.Str("id"));

        Assert.Equal(("assigned", "Mesa de Servicio"), (now.Str("state"), now.Str("group")));
        var history = await new Desk(app).HistoryAsync(ticket.Str("id"));
        Assert.Equal("escalado.automatico", history.Last(e => e.Str("kind") == "assigned").Str("actor"));
    }
}
