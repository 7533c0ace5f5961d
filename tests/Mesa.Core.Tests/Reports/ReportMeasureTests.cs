using Mesa.Core.Reports;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Reports;

/// <summary>What a ticket keeps for the reports of Guía §4, and how the reports cut periods and take percentiles.</summary>
public sealed class ReportMeasureTests
{
    [Fact] // Guía §14.4: an "Incorrecta" answer is a reopening, counted on the ticket
    public void Each_incorrect_answer_is_counted()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        ticket.Confirm(false, null, "Sigue fallando", Usuario1, At("2026-03-02 11:00"));
        ticket.SignSolution("Se cambió el fusor.", Agente1, At("2026-03-02 12:00"));
        ticket.Confirm(false, null, "Tampoco", Usuario1, At("2026-03-02 13:00"));

        Assert.Equal((2, 0), (ticket.IncorrectAnswers, ticket.Revocations));
    }

    [Fact] // Guía §13: a revoked assignment is counted too
    public void A_revoked_assignment_is_counted()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.RevokeAssignment("No corresponde a la mesa.", Agente1, At("2026-03-02 09:00"));

        Assert.Equal(1, ticket.Revocations);
    }

    [Fact] // Guía §12: the first time the ticket reaches second line is kept, and only the first
    public void The_first_escalation_to_second_line_is_kept()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        Assert.Null(ticket.EscalatedAt);

        ticket.Assign(SoporteTecnico, Agente2User, "Se escala: requiere revisión en sitio.", Agente1, At("2026-03-02 10:00"));
        ticket.Assign(SoporteTecnico, Agente3User, "Reasignación dentro del grupo.", Supervisor1, At("2026-03-02 11:00"));

        Assert.Equal(At("2026-03-02 10:00"), ticket.EscalatedAt);
    }

    [Fact]
    public void Percentiles_interpolate_between_the_nearest_ranks_as_postgresql_does()
    {
        Assert.Equal(15, MinutesHistogram.Of([20, 10]).Percentile(0.5));

        var histogram = MinutesHistogram.Parse("40,10,40,20");
        Assert.Equal(30, histogram.Percentile(0.5));
        Assert.Equal(40, histogram.Percentile(0.9));
        Assert.Equal(27.5, histogram.Mean());
        Assert.Null(MinutesHistogram.Parse("").Percentile(0.5));
    }

    [Fact]
    public void A_total_counts_every_ticket_of_its_rows()
    {
        var total = MinutesHistogram.Merge([MinutesHistogram.Of([10, 40]), MinutesHistogram.Empty, MinutesHistogram.Of([20, 40])]);

        Assert.Equal(4, total.Count);
        Assert.Equal(30, total.Percentile(0.5));
        Assert.Equal(27.5, total.Mean());
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_and_the_first_and_last_are_clipped_to_the_period()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

        var weeks = ReportPeriods.Cut(ReportBy.Week, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 17), zone);

        Assert.Equal([(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 8)), (new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)),
            (new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 17))], weeks.Select(w => (w.First, w.Last)));
        Assert.Equal(["2026-W10", "2026-W11", "2026-W12"], weeks.Select(w => w.Key(ReportBy.Week)));
        // Bogotá's midnight is 05:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 0, 0, TimeSpan.Zero), weeks[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 5, 0, 0, TimeSpan.Zero), weeks[^1].EndsBefore);
    }

    [Fact]
    public void Months_follow_the_organisations_midnight_even_across_a_change_of_summer_time()
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

        var months = ReportPeriods.Cut(ReportBy.Month, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30), madrid);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), months[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero), months[1].StartsAt);
    }

    [Fact]
    public void Too_many_rows_are_refused_beside_the_grouping()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

        Rule.BadInput("by", Mesa.Core.Common.Rules.ReportTooManyPeriods,
            () => ReportPeriods.Cut(ReportBy.Day, new DateOnly(2016, 1, 1), new DateOnly(2026, 1, 1), zone));
    }
}
