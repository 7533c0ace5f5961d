using BenchmarkDotNet.Running;

// Runs the in-process benchmarks: `dotnet run -c Release --project bench/Mesa.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point, named so that BenchmarkDotNet finds this assembly.</summary>
public partial class Program;
