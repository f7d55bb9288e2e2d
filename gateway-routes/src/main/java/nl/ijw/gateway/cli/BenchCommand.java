package nl.ijw.gateway.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", description = "Measures throughput. Figures depend on the machine: report them with it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"},
        subcommands = {ValidateBench.class, ProcessBench.class, ReplayBench.class, JmsBench.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: validate, process, replay or jms");
    }
}
