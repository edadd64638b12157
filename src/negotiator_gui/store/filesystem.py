"""What kind of file system a library lives on: local, or one where SQLite is not safe.

SQLite's write-ahead log needs shared memory between every process that uses the file, which a
network file system cannot give, and SQLite's own documentation warns that file locking on
network file systems (NFS, SMB/CIFS) and many FUSE file systems is unreliable. A library there,
opened from two desks, can be corrupted. So the library is opened differently there (see
``opening``: a rollback journal, an exclusive lock for each save, and a lock record naming who
has it open); this module only tells which file systems those are.

``NEGOTIATOR_FS_KIND`` (``local``, ``network`` or ``fuse``) overrides the detection: for tests,
and for administrators whose shares the detection does not recognise (a network drive mounted
through a driver that reports itself as local).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

Kind = Literal["local", "network", "fuse", "unknown"]

ENV_VAR = "NEGOTIATOR_FS_KIND"
KINDS: tuple[Kind, ...] = ("local", "network", "fuse", "unknown")

#: File system types (Linux ``/proc/self/mountinfo``, macOS ``f_fstypename``) that live on
#: another computer, or are shared by several: SQLite's locks are not reliable there.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "9p",
        "afs",
        "openafs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "ocfs2",
        "gfs2",
        "davfs",
        "webdav",
        "afpfs",
        "sshfs",
        "drvfs",  # Windows drives under WSL
        "v9fs",
    }
)

#: Local file systems that are safe; anything else not recognised as network is "unknown".
LOCAL_TYPES = frozenset(
    {
        "ext2",
        "ext3",
        "ext4",
        "xfs",
        "btrfs",
        "zfs",
        "f2fs",
        "jfs",
        "reiserfs",
        "bcachefs",
        "tmpfs",
        "ramfs",
        "overlay",
        "overlayfs",
        "vfat",
        "msdos",
        "exfat",
        "ntfs",
        "ntfs3",
        "hfs",
        "hfsplus",
        "apfs",
        "ufs",
        "iso9660",
        "squashfs",
        "devtmpfs",
        "lofs",
    }
)


def kind_of_type(fstype: str) -> Kind:
    """Classify a file system type name (``nfs4``, ``fuse.sshfs``, ``ext4`` …)."""
    name = fstype.strip().lower()
    if name in NETWORK_TYPES:
        return "network"
    if name.startswith(("fuse", "macfuse", "osxfuse")):
        # fuse.sshfs, fuse.rclone, fuse.s3fs …: the kind of FUSE says what is behind it.
        sub = name.split(".", 1)[1] if "." in name else ""
        return "network" if sub in NETWORK_TYPES else "fuse"
    if name in LOCAL_TYPES:
        return "local"
    return "unknown"


def _unescape(field: str) -> str:
    r"""A mountinfo path field: spaces, tabs, newlines and backslashes are written as octal
    escapes (``\040`` …)."""
    out: list[str] = []
    i = 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 4 <= len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of ``/proc/self/mountinfo``, in order.

    A line reads ``36 35 98:0 /root /mnt/point rw,noatime shared:1 - ext4 /dev/sda1 rw``: the
    fifth field is the mount point; the first field after the lone ``-`` is the type."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) < 7 or "-" not in fields[6:]:
            continue
        sep = fields.index("-", 6)
        if sep + 1 >= len(fields):
            continue
        mounts.append((_unescape(fields[4]), fields[sep + 1]))
    return mounts


def _within(path: str, mount: str) -> bool:
    if mount == "/":
        return path.startswith("/")
    return path == mount or path.startswith(mount.rstrip("/") + "/")


def type_from_mountinfo(path: str, text: str) -> str | None:
    """The type of the file system holding the absolute ``path``: the longest mount point
    containing it (the last mounted, when several sit on the same point)."""
    best: tuple[int, str] | None = None
    for mount, fstype in parse_mountinfo(text):
        if _within(path, mount) and (best is None or len(mount) >= best[0]):
            best = (len(mount), fstype)
    return best[1] if best else None


def _existing(path: Path) -> Path:
    """``path`` made absolute, through its nearest existing folder (a new library's file and
    folder may not exist yet), with symbolic links resolved."""
    p = Path(os.path.abspath(path))
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return p.resolve()
    except OSError:
        return p


# -- Windows --------------------------------------------------------------------------------


def is_unc(path: str) -> bool:
    r"""A Windows network path: ``\\server\share\…`` (or ``//server/share``), or its long form
    ``\\?\UNC\server\share\…``. The device and long local forms (``\\.\``, ``\\?\C:\``) are not."""
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        return True
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    if not p.startswith("\\\\"):
        return False
    parts = [part for part in p[2:].split("\\") if part]
    return len(parts) >= 2


def drive_of(path: str) -> str | None:
    r"""``X:\`` for a path on a drive letter (long form ``\\?\X:\`` too), else None."""
    p = path.replace("/", "\\")
    if p.startswith("\\\\?\\"):
        p = p[4:]
    if len(p) >= 2 and p[1] == ":" and p[0].isalpha():
        return p[0].upper() + ":\\"
    return None


DRIVE_REMOTE = 4


def _windows_kind(path: str) -> Kind:
    text = str(path)
    if not is_unc(text) and drive_of(text) is None:
        text = os.path.abspath(text)  # relative: on the current drive (or share)
    if is_unc(text):
        return "network"
    drive = drive_of(text)
    if drive is None:
        return "unknown"
    try:
        import ctypes

        kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return "unknown"
    return "network" if kind == DRIVE_REMOTE else "local"


# -- macOS ----------------------------------------------------------------------------------

MNT_LOCAL = 0x00001000


def _mac_kind(path: Path) -> Kind:
    """From ``statfs``: the type name, and the MNT_LOCAL flag the kernel sets for local disks."""
    try:
        import ctypes
        import ctypes.util

        class StatFs(ctypes.Structure):  # struct statfs (64-bit inodes), <sys/mount.h>
            _fields_ = [
                ("f_bsize", ctypes.c_uint32),
                ("f_iosize", ctypes.c_int32),
                ("f_blocks", ctypes.c_uint64),
                ("f_bfree", ctypes.c_uint64),
                ("f_bavail", ctypes.c_uint64),
                ("f_files", ctypes.c_uint64),
                ("f_ffree", ctypes.c_uint64),
                ("f_fsid", ctypes.c_int32 * 2),
                ("f_owner", ctypes.c_uint32),
                ("f_type", ctypes.c_uint32),
                ("f_flags", ctypes.c_uint32),
                ("f_fssubtype", ctypes.c_uint32),
                ("f_fstypename", ctypes.c_char * 16),
                ("f_mntonname", ctypes.c_char * 1024),
                ("f_mntfromname", ctypes.c_char * 1024),
                ("f_flags_ext", ctypes.c_uint32),
                ("f_reserved", ctypes.c_uint32 * 7),
            ]

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.dylib", use_errno=True)
        try:
            statfs = libc["statfs$INODE64"]  # Intel Macs: the 64-bit-inode variant by name
        except AttributeError:
            statfs = libc.statfs
        buf = StatFs()
        if statfs(os.fsencode(str(_existing(path))), ctypes.byref(buf)) != 0:
            return "unknown"
    except (OSError, AttributeError, ValueError):
        return "unknown"
    by_type = kind_of_type(buf.f_fstypename.decode(errors="replace"))
    if by_type != "unknown":
        return by_type
    return "local" if buf.f_flags & MNT_LOCAL else "network"


# -- the answer -----------------------------------------------------------------------------


def filesystem_kind(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    env: dict[str, str] | None = None,
) -> Kind:
    """ "local", "network", "fuse" or "unknown" for the file system that holds (or will hold)
    ``path``. ``$NEGOTIATOR_FS_KIND`` wins when set to one of those words."""
    env = os.environ if env is None else env
    forced = env.get(ENV_VAR, "").strip().lower()
    if forced in KINDS:
        return forced  # type: ignore[return-value]
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows_kind(os.fspath(path))
    p = Path(path)
    if platform == "darwin":
        return _mac_kind(p)
    try:
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return "unknown"
    fstype = type_from_mountinfo(str(_existing(p)), text)
    return kind_of_type(fstype) if fstype else "unknown"


def is_unsafe(kind: str) -> bool:
    """Must a library on this kind of file system avoid WAL and hold a lock record? Unknown
    counts as local: the detection is meant to catch shares, and a wrong "unknown" on a share
    is what ``NEGOTIATOR_FS_KIND=network`` is for."""
    return kind in ("network", "fuse")


def journal_mode(path: str | os.PathLike[str]) -> str:
    """The SQLite journal mode for a library at ``path``: WAL on a local disk, the rollback
    journal (DELETE) where WAL cannot work."""
    return "DELETE" if is_unsafe(filesystem_kind(path)) else "WAL"
