using Mesa.Core.Alerts;
using Mesa.Core.Common;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Alerts;

/// <summary>Guía §11 "Pestaña avisos / alertas": alerts for every agent, published by supervisors.</summary>
public sealed class AgentAlertTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_alert_shows_from_its_start_until_its_end()
    {
        var alert = new AgentAlert("  El correo institucional está caído.  ", AlertLevel.Critical, Now.AddHours(1),
            Now.AddHours(3), Supervisor1, Now);

        Assert.Equal("El correo institucional está caído.", alert.Text);
        Assert.False(alert.ShowsAt(Now));
        Assert.True(alert.ShowsAt(Now.AddHours(1)));
        Assert.True(alert.ShowsAt(Now.AddHours(3).AddTicks(-1)));
        Assert.False(alert.ShowsAt(Now.AddHours(3)));
    }

    [Fact]
    public void A_withdrawn_alert_shows_no_more_and_keeps_who_withdrew_it()
    {
        var alert = new AgentAlert("Corte de energía programado.", AlertLevel.Warning, Now, null, Supervisor1, Now);

        alert.Withdraw(Supervisor1, Now.AddMinutes(5));
        alert.Withdraw(Supervisor1, Now.AddMinutes(9));

        Assert.False(alert.ShowsAt(Now.AddMinutes(6)));
        Assert.Equal(Now.AddMinutes(5), alert.WithdrawnAt);
        Assert.Equal(Supervisor1.Id, alert.WithdrawnById);
    }

    [Fact]
    public void Only_supervisors_and_administrators_publish_or_withdraw()
    {
        var alert = new AgentAlert("Aviso", AlertLevel.Information, Now, null, Supervisor1, Now);

        var publish = Assert.Throws<ForbiddenException>(() => new AgentAlert("Aviso", AlertLevel.Information, Now, null, Agente1, Now));
        var withdraw = Assert.Throws<ForbiddenException>(() => alert.Withdraw(Agente1, Now));

        Assert.Equal(Rules.AlertsBySupervisors, publish.Message);
        Assert.Equal(Rules.AlertsBySupervisors, withdraw.Message);
        Assert.Null(alert.WithdrawnAt);
    }

    [Theory]
    [InlineData("", 0, "text", Rules.Required)]
    [InlineData("Aviso", -1, "endsAt", Rules.AlertEndsBeforeStart)]
    public void A_bad_alert_is_refused_beside_its_field(string text, int endHours, string field, string rule)
    {
        var error = Assert.Throws<InputException>(() =>
            new AgentAlert(text, AlertLevel.Information, Now, endHours == 0 ? null : Now.AddHours(endHours), Supervisor1, Now));

        Assert.Equal(field, error.Field);
        Assert.Equal(rule, error.Message);
    }

    [Fact]
    public void An_alert_that_would_already_be_over_is_refused()
    {
        var error = Assert.Throws<InputException>(() =>
            new AgentAlert("Aviso", AlertLevel.Information, Now.AddDays(-2), Now.AddDays(-1), Supervisor1, Now));

        Assert.Equal(Rules.AlertEndsInThePast, error.Message);
    }

    [Fact]
    public void A_text_longer_than_a_thousand_characters_is_refused()
    {
        var error = Assert.Throws<InputException>(() =>
            new AgentAlert(new string('x', AgentAlert.TextMaxLength + 1), AlertLevel.Information, Now, null, Supervisor1, Now));

        Assert.Equal(Rules.TooLong, error.Message);
    }
}
