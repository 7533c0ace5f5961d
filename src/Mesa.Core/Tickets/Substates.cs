namespace Mesa.Core.Tickets;

/// <summary>The fifteen substates of Guía §10, and the approval flow's own; all seeded in every new database.</summary>
public static class Substates
{
    public const string PendingUser = "pending-user";
    public const string UserReplied = "user-replied";
    public const string PendingApproval = "pending-approval";

    public static IReadOnlyList<Substate> Guide { get; } =
    [
        new(PendingUser, "Pendiente respuesta del usuario",
            "Se depende de información del usuario para continuar. Se asigna automáticamente al enviar una pregunta al usuario.",
            stopsClock: true, automatic: true),
        new("pending-vendor", "Pendiente proveedor externo",
            "Se depende de respuesta de un proveedor, por ejemplo cambio de piezas o un tema que solo el tercero puede resolver.",
            stopsClock: true, automatic: false),
        new("reported-other-unit", "Reportada a otra dependencia",
            "Depende de la gestión de otra dependencia para continuar o finalizar la atención.",
            stopsClock: true, automatic: false),
        new("it-committee", "En Comité técnico de T.I.",
            "Depende de la gestión del Comité Técnico de T.I. (comité de la aplicación Mesa de Servicio).",
            stopsClock: true, automatic: false),
        new("change-committee", "En Comité de control de Cambios",
            "Depende de la gestión del Comité de Gestión de Cambios (comité de la aplicación Mesa de Servicio).",
            stopsClock: true, automatic: false),
        new("device-maintenance", "En revisión / mantenimiento del dispositivo",
            "El dispositivo está en revisión o mantenimiento por parte del personal de Soporte Técnico.",
            stopsClock: true, automatic: false),
        new("in-attention", "En atención",
            "El responsable ya hizo una primera atención. Es informativo.",
            stopsClock: false, automatic: false),
        new("software-development", "En desarrollo de SW (software)",
            "La solicitud entra en etapa de desarrollo.",
            stopsClock: true, automatic: false),
        new("in-validation", "En validación",
            "Terminó la etapa de pruebas y se hace entrega al funcional.",
            stopsClock: false, automatic: false),
        new("in-testing", "En Pruebas",
            "La solicitud entra en etapa de pruebas.",
            stopsClock: false, automatic: false),
        new(UserReplied, "Con respuesta del usuario",
            "Se asigna automáticamente al recibir la respuesta del usuario a una pregunta.",
            stopsClock: false, automatic: true),
        new("pre-production", "En aplicación en pre-producción",
            "Se está aplicando un paquete de software en el ambiente de pre-producción.",
            stopsClock: false, automatic: false),
        new("approved-for-production", "Aprobada – paso a producción",
            "Aprobada para aplicar en el ambiente de producción.",
            stopsClock: false, automatic: false),
        new("accepted-applied", "Aceptada - aplicada",
            "Se confirmó el paso a producción y se verificó como exitoso.",
            stopsClock: false, automatic: false),
        new("pending-vendor-assignment", "Pendiente para asignar a Proveedor",
            "Requiere el aval del área funcional de Empleo Público para asignarla al proveedor.",
            stopsClock: true, automatic: false),
    ];

    /// <summary>
    /// Not one of the guide's fifteen: the substate of a request whose approval flow (§14.2 "Flujo de trabajo") has not
    /// finished. The request waits on people outside the desk, so the clock stands still.
    /// </summary>
    public static Substate Approval { get; } = new(PendingApproval, "Pendiente de aprobación",
        "La petición espera la aprobación de su flujo de trabajo. Se asigna automáticamente al registrarla y se retira al aprobarse.",
        stopsClock: true, automatic: true, state: TicketState.New);

    /// <summary>Every substate a new database starts with.</summary>
    public static IReadOnlyList<Substate> Seeded { get; } = [.. Guide, Approval];
}
