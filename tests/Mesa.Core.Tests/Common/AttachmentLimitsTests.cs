using Mesa.Core.Attachments;
using Mesa.Core.Common;

namespace Mesa.Core.Tests.Common;

/// <summary>The kinds of file Mesa keeps: a list of what an office sends, which an organisation may change.</summary>
public sealed class AttachmentLimitsTests
{
    [Theory]
    [InlineData("Informe técnico.PDF")]
    [InlineData("captura.png")]
    [InlineData("nómina.xlsx")]
    [InlineData("respaldo.zip")]
    [InlineData("reenviado.eml")]
    public void The_usual_office_files_are_kept(string name) =>
        Assert.Null(AttachmentLimits.Refusal(name, 1000, new MesaSettings()));

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("macro.vbs")]
    [InlineData("pagina.htm")]
    [InlineData("dibujo.svg")]
    [InlineData("archivo.nuevo")]
    public void Any_other_kind_is_refused(string name) =>
        Assert.Equal(Rules.AttachmentTypeRefused, AttachmentLimits.Refusal(name, 1000, new MesaSettings())?.Rule);

    [Fact]
    public void An_organisation_chooses_its_own_list()
    {
        var settings = new MesaSettings { AttachmentTypes = "pdf, .SVG" };

        Assert.Null(AttachmentLimits.Refusal("plano.svg", 1000, settings));
        Assert.Equal(Rules.AttachmentTypeRefused, AttachmentLimits.Refusal("foto.png", 1000, settings)?.Rule);
    }
}
