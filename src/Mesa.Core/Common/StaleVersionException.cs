namespace Mesa.Core.Common;

/// <summary>Someone else saved the record since the caller read it (409, nothing is written).</summary>
public sealed class StaleVersionException() : Exception(Rules.StaleVersion);
