"""Which file systems count as network ones: mountinfo parsing, Windows paths, the override."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotiator_gui.store import filesystem
from negotiator_gui.store.filesystem import (
    drive_of,
    filesystem_kind,
    is_unc,
    kind_of_type,
    parse_mountinfo,
    type_from_mountinfo,
)

MOUNTINFO = "\n".join(
    [
        "22 27 0:21 / /proc rw,relatime - proc proc rw",
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard",
        "40 27 0:50 / /home rw,relatime shared:5 - xfs /dev/sda3 rw",
        r"41 40 0:51 / /home/ana/Shared\040Drive rw,relatime - cifs //ministry/team rw,vers=3.0",
        "42 40 0:52 /export /home/ana/nfs rw shared:7 master:3 - nfs4 srv:/export rw",
        "43 27 0:53 / /mnt/box rw,nosuid - fuse.sshfs ana@box:/ rw,user_id=1000",
        "44 27 0:54 / /mnt/cloud rw,nosuid - fuse.rclone drive: rw",
        "45 27 0:55 / /mnt/twice rw - ext4 /dev/sdb1 rw",
        "46 27 0:56 / /mnt/twice rw - nfs srv:/over rw",
        "47 40 0:57 / /home/ana/nfs-local rw - ext4 /dev/sdc1 rw",
        "malformed line without separator",
    ]
)


def test_mountinfo_lines_give_mount_point_and_type_with_escapes_decoded():
    mounts = parse_mountinfo(MOUNTINFO)
    assert ("/home/ana/Shared Drive", "cifs") in mounts
    assert ("/home/ana/nfs", "nfs4") in mounts  # optional fields (shared:, master:) skipped
    assert len(mounts) == 10  # the malformed line is ignored


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/home/ana/Shared Drive/team/library.sqlite", "cifs"),
        ("/home/ana/Shared Drive", "cifs"),
        ("/home/ana/Shared Drivers/library.sqlite", "xfs"),  # a prefix of the name only
        ("/home/ana/nfs/library.sqlite", "nfs4"),
        ("/home/ana/nfs-local/library.sqlite", "ext4"),  # not inside /home/ana/nfs
        ("/home/ana/library.sqlite", "xfs"),
        ("/var/lib/library.sqlite", "ext4"),
        ("/mnt/twice/library.sqlite", "nfs"),  # the later mount on the same point hides the first
        ("/mnt/box/x.sqlite", "fuse.sshfs"),
    ],
)
def test_the_longest_mount_point_holding_a_path_decides(path, fstype):
    assert type_from_mountinfo(path, MOUNTINFO) == fstype


@pytest.mark.parametrize(
    ("fstype", "kind"),
    [
        ("nfs", "network"),
        ("nfs4", "network"),
        ("cifs", "network"),
        ("smb3", "network"),
        ("smbfs", "network"),
        ("9p", "network"),
        ("afs", "network"),
        ("ceph", "network"),
        ("glusterfs", "network"),
        ("fuse.sshfs", "network"),
        ("fuse.rclone", "fuse"),
        ("fuse", "fuse"),
        ("fuseblk", "fuse"),
        ("macfuse", "fuse"),
        ("ext4", "local"),
        ("apfs", "local"),
        ("NTFS", "local"),
        ("proc", "unknown"),
    ],
)
def test_file_system_types_are_classified(fstype, kind):
    assert kind_of_type(fstype) == kind


@pytest.mark.parametrize(
    ("path", "unc"),
    [
        (r"\\ministry\team\library.sqlite", True),
        (r"\\ministry\team", True),
        ("//ministry/team/library.sqlite", True),
        (r"\\?\UNC\ministry\team\library.sqlite", True),
        (r"\\?\C:\Users\ana\library.sqlite", False),
        (r"\\.\PhysicalDrive0", False),
        (r"\\ministry", False),  # a server without a share is no path to a file
        (r"C:\Users\ana\library.sqlite", False),
        ("/home/ana/library.sqlite", False),
    ],
)
def test_unc_paths_are_network_paths(path, unc):
    assert is_unc(path) is unc


def test_drive_letters_are_found_in_plain_and_long_paths():
    assert drive_of(r"h:\Negotiator\library.sqlite") == "H:\\"
    assert drive_of(r"\\?\Z:\library.sqlite") == "Z:\\"
    assert drive_of("/home/ana") is None
    assert drive_of(r"\\server\share") is None


def test_a_unc_path_is_network_on_windows_without_asking_the_os():
    for path in (r"\\ministry\team\library.sqlite", r"\\?\UNC\ministry\team\x.sqlite"):
        assert filesystem_kind(path, platform="win32", env={}) == "network"


def test_the_environment_override_wins(tmp_path: Path):
    for kind in ("local", "network", "fuse"):
        env = {filesystem.ENV_VAR: kind.upper()}
        assert filesystem_kind(tmp_path / "library.sqlite", env=env) == kind
    # an unknown word is ignored: detection as usual
    real = filesystem_kind(tmp_path, env={})
    assert filesystem_kind(tmp_path, env={filesystem.ENV_VAR: "floppy"}) == real


def test_detection_reads_this_systems_mount_table(tmp_path: Path, monkeypatch):
    """On Linux the kind comes from /proc/self/mountinfo, through the nearest existing folder
    of a path that does not exist yet."""
    mountinfo = Path("/proc/self/mountinfo")
    if not mountinfo.exists():
        pytest.skip("no /proc/self/mountinfo here")
    monkeypatch.delenv(filesystem.ENV_VAR, raising=False)
    expected = kind_of_type(type_from_mountinfo(str(tmp_path.resolve()), mountinfo.read_text()))
    assert filesystem_kind(tmp_path / "new" / "folder" / "library.sqlite") == expected
