"""Resources and scenarios are found from a checkout (and, via the build hook, from a wheel)."""

from negotiator_gui import paths


def test_resources_and_scenarios_found():
    root = paths.data_root()
    assert (root / "resources").is_dir() and (root / "scenarios").is_dir()
    assert paths.resource_path("schema", "scenario.schema.json").is_file()
    assert paths.default_scenario_path().is_file()
    assert paths.default_scenario_path() in paths.shipped_scenarios()
