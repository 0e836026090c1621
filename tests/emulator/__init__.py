"""The emulator's tests by API version (a package: its modules import one another as tests.emulator.*)."""
