using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Changes;

/// <summary>
/// Entregas (Guía §10's pre-production and production substates): approved changes grouped to reach production
/// together, built, tried in pre-production, deployed and closed, one step after the other.
/// </summary>
public sealed class ReleaseTests
{
    private static ChangeRequest Approved(long id, string code)
    {
        var change = new ChangeRequest(code, new ChangeRequestForm("Alta de buzón", "Buzón nuevo.", ChangeType.Standard,
            ChangeRisk.Low, null, null, null, null, []), Agente1, At("2026-03-02 09:00")).WithId(id);
        change.Submit("Modelo estándar.", Agente1, At("2026-03-02 09:05"));
        return change;
    }

    [Fact]
    public void A_release_takes_approved_changes_while_it_is_built_and_moves_one_step_at_a_time()
    {
        var release = new Release("Entrega de marzo", At("2026-03-14 22:00"), Agente1, At("2026-03-02 09:00"));
        var pending = new ChangeRequest("RFC 2026-000009", new ChangeRequestForm("Migrar", "Migración.", ChangeType.Normal,
            ChangeRisk.High, "Plan", "Vuelta atrás", null, null, [31]), Agente1, At("2026-03-02 09:00")).WithId(9);

        Rule.Broken(Rules.ReleaseEmpty, () => release.Advance(ReleaseState.Built, "Paso de la entrega.", Agente1, At("2026-03-03 09:00")));
        Rule.Broken(Rules.ReleaseNeedsApprovedChange, () => release.Add(pending, Agente1, At("2026-03-03 09:00")));
        release.Add(Approved(7, "RFC 2026-000007"), Agente1, At("2026-03-03 09:00"));
        release.Add(Approved(8, "RFC 2026-000008"), Agente1, At("2026-03-03 09:00"));
        Rule.Broken(Rules.ReleaseTransitionNotAllowed, () => release.Advance(ReleaseState.Deployed, "Paso de la entrega.", Agente1, At("2026-03-03 10:00")));
        release.Advance(ReleaseState.Built, "Paso de la entrega.", Agente1, At("2026-03-10 09:00"));
        release.Advance(ReleaseState.InTesting, "Paso de la entrega.", Agente1, At("2026-03-11 09:00"));
        Rule.Broken(Rules.ReleaseClosedToChanges, () => release.Add(Approved(10, "RFC 2026-000010"), Agente1, At("2026-03-11 10:00")));
        release.Advance(ReleaseState.Deployed, "Paso de la entrega.", Agente1, At("2026-03-14 23:00"));
        release.Advance(ReleaseState.Closed, "Paso de la entrega.", Agente1, At("2026-03-16 09:00"));

        Assert.Equal((ReleaseState.Closed, 2), (release.State, release.Changes.Count));
        Rule.Broken(Rules.ReleaseTransitionNotAllowed, () => release.Advance(ReleaseState.Closed, "Paso de la entrega.", Agente1, At("2026-03-16 10:00")));
        Assert.Equal([ReleaseEventKind.Created, ReleaseEventKind.ChangeAdded, ReleaseEventKind.ChangeAdded, ReleaseEventKind.Advanced,
            ReleaseEventKind.Advanced, ReleaseEventKind.Advanced, ReleaseEventKind.Advanced], release.Events.Select(e => e.Kind));
    }

    [Fact] // A change leaves the release while it is put together; every step asks for its note
    public void A_change_leaves_a_release_being_built_and_every_step_asks_for_its_note()
    {
        var release = new Release("Entrega de abril", At("2026-04-11 22:00"), Agente1, At("2026-04-01 09:00"));
        var change = Approved(7, "RFC 2026-000007");
        release.Add(change, Agente1, At("2026-04-01 09:10"));
        Rule.BadInput("change", Rules.AlreadyLinked, () => release.Add(change, Agente1, At("2026-04-01 09:11")));
        Rule.BadInput("note", Rules.NoteRequired, () => release.Advance(ReleaseState.Built, " ", Agente1, At("2026-04-02 09:00")));
        release.Remove(change, Agente1, At("2026-04-02 09:00"));

        Assert.Empty(release.Changes);
        Rule.Broken(Rules.ReleaseEmpty, () => release.Advance(ReleaseState.Built, "Lista.", Agente1, At("2026-04-02 10:00")));
        Rule.BadInput("plannedAt", Rules.Required, () => _ = new Release("Sin fecha", null, Agente1, At("2026-04-01 09:00")));
    }
}
