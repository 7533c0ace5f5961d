using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.CustomFields;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.CustomFields;

/// <summary>Guía §14.5 "Campos personalizados": fields configured "según los criterios establecidos".</summary>
public sealed class CustomFieldTests
{
    private static long _ids;

    private static CustomField Field(CustomFieldKind kind, string name = "campo", bool required = false,
        TicketType? onlyType = null, IReadOnlyList<string>? choices = null,
        params (Service, Category?)[] scopes)
    {
        var field = new CustomField(name, kind, 1).WithId(Interlocked.Increment(ref _ids));
        field.Define("Campo", choices, required, null, onlyType, visibleToRequester: false, scopes);
        return field;
    }

    [Theory] // Guía §14.5: each kind keeps its values in one writing, whatever way a person types them
    [InlineData(CustomFieldKind.Number, "3,5", "3.5")]
    [InlineData(CustomFieldKind.Number, "1.020.304,50", "1020304.5")]
    [InlineData(CustomFieldKind.Number, "-12", "-12")]
    [InlineData(CustomFieldKind.Date, "31/01/2026", "2026-01-31")]
    [InlineData(CustomFieldKind.Date, "2026-01-31", "2026-01-31")]
    [InlineData(CustomFieldKind.Bool, "Sí", "true")]
    [InlineData(CustomFieldKind.Bool, "false", "false")]
    [InlineData(CustomFieldKind.Text, "  una\nplaca  ", "una placa")]
    [InlineData(CustomFieldKind.Longtext, "dos\nlíneas", "dos\nlíneas")]
    public void A_value_is_kept_in_its_kind_s_one_writing(CustomFieldKind kind, string typed, string kept) =>
        Assert.Equal(kept, Field(kind).Accept(typed));

    [Theory]
    [InlineData(CustomFieldKind.Number, "mucho", Rules.CustomFieldNumber)]
    [InlineData(CustomFieldKind.Number, "99999999999999999999", Rules.CustomFieldNumber)]
    [InlineData(CustomFieldKind.Date, "31/02/2026", Rules.CustomFieldDate)]
    [InlineData(CustomFieldKind.Bool, "quizá", Rules.CustomFieldBool)]
    public void A_badly_written_value_is_refused_beside_its_field(CustomFieldKind kind, string typed, string rule) =>
        Rule.BadInput("customFields.campo", rule, () => Field(kind).Accept(typed));

    [Fact]
    public void A_choice_is_one_of_the_list_as_the_field_spells_it_and_a_blank_is_no_value()
    {
        var field = Field(CustomFieldKind.Choice, choices: ["Sede Norte", "Sede Sur"]);

        Assert.Equal("Sede Sur", field.Accept("sede sur"));
        Assert.Null(field.Accept("  "));
        Rule.BadInput("customFields.campo", Rules.CustomFieldChoice, () => field.Accept("Sede Este"));
        Rule.BadInput("choices", Rules.CustomFieldChoicesNeeded, () => Field(CustomFieldKind.Choice, choices: ["Una"]));
        Rule.BadInput("choices", Rules.CustomFieldChoicesOnlyForChoice, () => Field(CustomFieldKind.Text, choices: ["Una", "Dos"]));
        Rule.BadInput("name", Rules.InvalidCustomFieldName, () => _ = new CustomField("Con Mayúsculas", CustomFieldKind.Text, 1));
    }

    [Fact] // Guía §14.5 "según los criterios establecidos": type, service, category subtree
    public void A_field_applies_to_its_type_and_to_its_services_or_category_subtrees_only()
    {
        var hardware = Field(CustomFieldKind.Text, onlyType: TicketType.Incident, scopes: [(SoporteTecnicoService, Hardware)]);
        var everywhere = Field(CustomFieldKind.Text);
        var sistemas = Field(CustomFieldKind.Text, scopes: [(SistemasService, null)]);

        Assert.True(hardware.AppliesTo(TicketType.Incident, SoporteTecnicoService.Id, Impresoras));
        Assert.True(hardware.AppliesTo(TicketType.Incident, SoporteTecnicoService.Id, Hardware));
        Assert.False(hardware.AppliesTo(TicketType.Request, SoporteTecnicoService.Id, Impresoras));
        Assert.False(hardware.AppliesTo(TicketType.Incident, SoporteTecnicoService.Id, null));
        Assert.False(hardware.AppliesTo(TicketType.Incident, null, null));
        Assert.True(everywhere.AppliesTo(TicketType.Request, null, null));
        Assert.True(sistemas.AppliesTo(TicketType.Request, SistemasService.Id, Misionales));
        Assert.False(sistemas.AppliesTo(TicketType.Request, SoporteTecnicoService.Id, Impresoras));
        everywhere.SetActive(false);
        Assert.False(everywhere.AppliesTo(TicketType.Request, null, null));
    }

    [Fact] // Guía §14.5, §14.1: a custom field is changed in Información adicional with its history
    public void Changing_a_field_writes_the_old_and_new_value_to_the_history_and_clearing_removes_it()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var cost = Field(CustomFieldKind.Number, "costo");

        ticket.ChangeCustomField(cost, "3.5", Agente1, At("2026-03-02 10:00"));
        ticket.ChangeCustomField(cost, "10", Agente1, At("2026-03-02 10:05"));
        ticket.ChangeCustomField(cost, "10", Agente1, At("2026-03-02 10:06"));

        Assert.Equal("10", ticket.CustomFieldValue(cost));
        var changes = ticket.Events.Where(e => e.Field == "custom:costo").Select(e => (e.OldValue, e.NewValue)).ToList();
        Assert.Equal([(null, "3.5"), ("3.5", "10")], changes);
        ticket.ChangeCustomField(cost, null, Agente1, At("2026-03-02 10:10"));
        Assert.Null(ticket.CustomFieldValue(cost));
        Assert.DoesNotContain(ticket.Fields, f => f.CustomFieldId == cost.Id);
    }

    [Fact]
    public void A_required_field_cannot_be_cleared_and_a_field_the_ticket_does_not_carry_cannot_be_set()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var plate = Field(CustomFieldKind.Text, "placa", required: true);
        var elsewhere = Field(CustomFieldKind.Text, "sistema", scopes: [(SistemasService, null)]);
        ticket.ChangeCustomField(plate, "ABC-123", Agente1, At("2026-03-02 10:00"));

        Rule.BadInput("customFields.placa", Rules.CustomFieldRequired,
            () => ticket.ChangeCustomField(plate, null, Agente1, At("2026-03-02 10:05")));
        Rule.BadInput("customFields.sistema", Rules.CustomFieldNotApplicable,
            () => ticket.ChangeCustomField(elsewhere, "SIGEP", Agente1, At("2026-03-02 10:05")));
        Assert.Equal("ABC-123", ticket.CustomFieldValue(plate));
    }
}
