# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_berth_global_optspecs
    string join \n root= runroot= storage-driver= storage-opt= log-level= D/debug r/remote url= c/connection= volumepath= cgroup-manager= network-cmd-path= runtime= runtime-flag= noout default-mounts-file= events-backend= h/help V/version
end

function __fish_berth_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_berth_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_berth_using_subcommand
    set -l cmd (__fish_berth_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c berth -n "__fish_berth_needs_command" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_needs_command" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_needs_command" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_needs_command" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_needs_command" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_needs_command" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_needs_command" -s c -l connection -d 'Connection to use for remote Podman service (berth has none: refused)' -r
complete -c berth -n "__fish_berth_needs_command" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_needs_command" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_needs_command" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_needs_command" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_needs_command" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_needs_command" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_needs_command" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_needs_command" -s D -l debug -d 'Log at debug level (docker\'s flag; not with --log-level)'
complete -c berth -n "__fish_berth_needs_command" -s r -l remote -d 'Access remote Podman service (berth has none: refused)'
complete -c berth -n "__fish_berth_needs_command" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_needs_command" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_needs_command" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_needs_command" -f -a "version" -d 'Display the berth version information'
complete -c berth -n "__fish_berth_needs_command" -f -a "info" -d 'Display berth related system information'
complete -c berth -n "__fish_berth_needs_command" -f -a "doctor" -d 'Check the host for what rootless containers need, with the fix for each'
complete -c berth -n "__fish_berth_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_needs_command" -f -a "buildx" -d 'Build images (docker buildx compatibility: `buildx build` is `build`)'
complete -c berth -n "__fish_berth_needs_command" -f -a "commit" -d 'Create new image based on the changed container'
complete -c berth -n "__fish_berth_needs_command" -f -a "push" -d 'Push an image to a specified destination'
complete -c berth -n "__fish_berth_needs_command" -f -a "images" -d 'List images in local storage'
complete -c berth -n "__fish_berth_needs_command" -f -a "image" -d 'Manage images'
complete -c berth -n "__fish_berth_needs_command" -f -a "inspect" -d 'Display the configuration of an object'
complete -c berth -n "__fish_berth_needs_command" -f -a "tag" -d 'Add an additional name to a local image'
complete -c berth -n "__fish_berth_needs_command" -f -a "untag" -d 'Remove a name from a local image'
complete -c berth -n "__fish_berth_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c berth -n "__fish_berth_needs_command" -f -a "save" -d 'Save image(s) to an archive'
complete -c berth -n "__fish_berth_needs_command" -f -a "load" -d 'Load image(s) from a tar archive'
complete -c berth -n "__fish_berth_needs_command" -f -a "import" -d 'Import a tarball to create a filesystem image'
complete -c berth -n "__fish_berth_needs_command" -f -a "history" -d 'Show history of a specified image'
complete -c berth -n "__fish_berth_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c berth -n "__fish_berth_needs_command" -f -a "create" -d 'Create but do not start a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "exec" -d 'Run a process in a running container'
complete -c berth -n "__fish_berth_needs_command" -f -a "attach" -d 'Attach to a running container'
complete -c berth -n "__fish_berth_needs_command" -f -a "container" -d 'Manage containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "unshare" -d 'Run a command in a modified user namespace (as berth\'s layers see it)'
complete -c berth -n "__fish_berth_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_needs_command" -f -a "diff" -d 'Inspect changes to the container\'s file systems'
complete -c berth -n "__fish_berth_needs_command" -f -a "export" -d 'Export a container\'s filesystem contents as a tar archive'
complete -c berth -n "__fish_berth_needs_command" -f -a "mount" -d 'Mount a working container\'s root filesystem (inside `berth unshare`)'
complete -c berth -n "__fish_berth_needs_command" -f -a "umount" -d 'Unmount working container\'s root filesystem'
complete -c berth -n "__fish_berth_needs_command" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "stop" -d 'Stop one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "kill" -d 'Kill one or more running containers with a specific signal'
complete -c berth -n "__fish_berth_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "wait" -d 'Block on one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "rename" -d 'Rename an existing container'
complete -c berth -n "__fish_berth_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_needs_command" -f -a "pause" -d 'Pause all the processes in one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "unpause" -d 'Unpause the processes in one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "update" -d 'Update an existing container\'s resource limits'
complete -c berth -n "__fish_berth_needs_command" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c berth -n "__fish_berth_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c berth -n "__fish_berth_needs_command" -f -a "events" -d 'Show berth events'
complete -c berth -n "__fish_berth_needs_command" -f -a "secret" -d 'Manage secrets'
complete -c berth -n "__fish_berth_needs_command" -f -a "healthcheck" -d 'Manage health checks on containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "system" -d 'Manage berth'
complete -c berth -n "__fish_berth_needs_command" -f -a "manifest" -d 'Manipulate manifest lists'
complete -c berth -n "__fish_berth_needs_command" -f -a "network" -d 'Manage networks'
complete -c berth -n "__fish_berth_needs_command" -f -a "__netns-holder" -d 'The holder of the rootless network namespace (started by berth itself)'
complete -c berth -n "__fish_berth_needs_command" -f -a "pod" -d 'Manage pods'
complete -c berth -n "__fish_berth_needs_command" -f -a "generate" -d 'Generate structured data (Kubernetes YAML, systemd units)'
complete -c berth -n "__fish_berth_needs_command" -f -a "kube" -d 'Play containers, pods or volumes from Kubernetes YAML'
complete -c berth -n "__fish_berth_needs_command" -f -a "play" -d 'Play containers, pods or volumes from a structured file'
complete -c berth -n "__fish_berth_needs_command" -f -a "quadlet" -d 'Generate systemd units from Quadlet files (.container, .volume, .network, .kube)'
complete -c berth -n "__fish_berth_needs_command" -f -a "login" -d 'Log in to a container registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "logout" -d 'Log out of a container registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "completion" -d 'Generate shell autocompletions'
complete -c berth -n "__fish_berth_needs_command" -f -a "__complete" -d 'cobra\'s completion protocol (podman\'s completion scripts call it)'
complete -c berth -n "__fish_berth_needs_command" -f -a "__completeNoDesc" -d 'cobra\'s completion protocol, without descriptions'
complete -c berth -n "__fish_berth_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand version" -s f -l format -d 'Change the output format to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand version" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand version" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand info" -s f -l format -d 'Change the output format to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -s D -l debug -d 'Print the debug information (accepted for podman compatibility)'
complete -c berth -n "__fish_berth_using_subcommand info" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand info" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand info" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand doctor" -s f -l format -d 'Print the findings as JSON (`json`) or through a Go template per finding' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand doctor" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand doctor" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand doctor" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand doctor" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand doctor" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand doctor" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pull" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l arch -d 'Use ARCH instead of the architecture of the machine for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l os -d 'Use OS instead of the running OS for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l variant -d 'Use VARIANT instead of the running architecture variant for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l platform -d 'Specify the platform for selecting the image (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l retry -d 'Number of times to retry in case of failure when performing pull' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l retry-delay -d 'Delay between retries in case of pull failures (e.g. 500ms, 2s)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand pull" -l disable-content-trust -d 'This is a Docker specific option and is a NOOP'
complete -c berth -n "__fish_berth_using_subcommand pull" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pull" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pull" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand build" -s f -l file -d 'Containerfile to use (`-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -s t -l tag -d 'Name(s) of the resulting image' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l pull -d 'Pull policy: always, missing, never, newer (`--pull` alone: always)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l layers -d 'Cache intermediate images during the build' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l format -d 'Format of the built image\'s manifest and metadata: oci or docker' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l force-rm -d 'Always remove intermediate containers after a build, even if the build is unsuccessful' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l timestamp -d 'Set created timestamp to the specified epoch seconds, and clamp file timestamps' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l build-arg -d 'Argument=value pairs for the Containerfile\'s ARGs' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l build-arg-file -d 'Files of argument=value lines for the Containerfile\'s ARGs' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l label -d 'Set metadata for an image' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l annotation -d 'Add an annotation to the image\'s manifest' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l env -d 'Set environment variables in the built image' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l network -d 'Network mode for RUN instructions' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l secret -d 'Secret file to expose to the build: id=ID,src=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l platform -d 'Set the OS/ARCH[/VARIANT] of the image to the provided value' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l tls-verify -d 'require HTTPS and verify certificates when pulling base images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l cache-from -d 'Remote repository for the layer cache (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l cache-to -d 'Remote repository to push the layer cache to (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l jobs -d 'How many stages to build at once (0: all that can start)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l build-context -d 'Additional build context: name=value (accepted only as a directory)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l isolation -d 'Accepted for podman compatibility: isolation type' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l authfile -d 'Path of the authentication file (checked to exist, as podman)' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l ignorefile -d 'Path to an alternate .containerignore file' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l dns -d 'Set custom DNS servers for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l dns-search -d 'Set custom DNS search domains for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l dns-option -d 'Set custom DNS options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l add-host -d 'Add a custom host-to-IP mapping (host:ip) for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l ulimit -d 'Ulimit options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l security-opt -d 'Security options for RUN (seccomp=unconfined|PROFILE, no-new-privileges)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l logfile -d 'Log the build\'s output to this file instead of stdout' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l no-cache -d 'Do not use existing cached images for the container build'
complete -c berth -n "__fish_berth_using_subcommand build" -l pull-always -d 'Always pull the image (same as --pull=always)'
complete -c berth -n "__fish_berth_using_subcommand build" -l pull-never -d 'Never pull the image (same as --pull=never)'
complete -c berth -n "__fish_berth_using_subcommand build" -l squash -d 'Squash newly built layers into a single new layer'
complete -c berth -n "__fish_berth_using_subcommand build" -l squash-all -d 'Squash all image layers into a single layer'
complete -c berth -n "__fish_berth_using_subcommand build" -s q -l quiet -d 'Refrain from announcing build instructions and image read/write progress'
complete -c berth -n "__fish_berth_using_subcommand build" -l load -d 'buildx compatibility: the image is always stored locally (accepted, as podman)'
complete -c berth -n "__fish_berth_using_subcommand build" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand build" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand build" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'Containerfile to use (`-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name(s) of the resulting image' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'Pull policy: always, missing, never, newer (`--pull` alone: always)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images during the build' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l format -d 'Format of the built image\'s manifest and metadata: oci or docker' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l force-rm -d 'Always remove intermediate containers after a build, even if the build is unsuccessful' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l timestamp -d 'Set created timestamp to the specified epoch seconds, and clamp file timestamps' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'Argument=value pairs for the Containerfile\'s ARGs' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg-file -d 'Files of argument=value lines for the Containerfile\'s ARGs' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l annotation -d 'Add an annotation to the image\'s manifest' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l env -d 'Set environment variables in the built image' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -d 'Network mode for RUN instructions' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l secret -d 'Secret file to expose to the build: id=ID,src=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'Set the OS/ARCH[/VARIANT] of the image to the provided value' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tls-verify -d 'require HTTPS and verify certificates when pulling base images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-from -d 'Remote repository for the layer cache (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-to -d 'Remote repository to push the layer cache to (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l jobs -d 'How many stages to build at once (0: all that can start)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-context -d 'Additional build context: name=value (accepted only as a directory)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l isolation -d 'Accepted for podman compatibility: isolation type' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (checked to exist, as podman)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ignorefile -d 'Path to an alternate .containerignore file' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l dns -d 'Set custom DNS servers for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l dns-search -d 'Set custom DNS search domains for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l dns-option -d 'Set custom DNS options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping (host:ip) for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l security-opt -d 'Security options for RUN (seccomp=unconfined|PROFILE, no-new-privileges)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l logfile -d 'Log the build\'s output to this file instead of stdout' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use existing cached images for the container build'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull-always -d 'Always pull the image (same as --pull=always)'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull-never -d 'Never pull the image (same as --pull=never)'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash -d 'Squash newly built layers into a single new layer'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash all image layers into a single layer'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Refrain from announcing build instructions and image read/write progress'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l load -d 'buildx compatibility: the image is always stored locally (accepted, as podman)'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand commit" -s a -l author -d 'Set the author for the image committed' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s m -l message -d 'Set commit message for imported image' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s f -l format -d 'Format of the image manifest and metadata: oci or docker' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -s p -l pause -d 'Pause container during commit (accepted: berth reads the upper dir as it is)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s q -l quiet -d 'Suppress output'
complete -c berth -n "__fish_berth_using_subcommand commit" -s s -l squash -d 'Squash the image\'s layers and the container\'s changes into a single layer'
complete -c berth -n "__fish_berth_using_subcommand commit" -l include-volumes -d 'Include container volumes as image volumes'
complete -c berth -n "__fish_berth_using_subcommand commit" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand commit" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand commit" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand push" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l digestfile -d 'Write the digest of the pushed image to the specified file' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -s f -l format -d 'Manifest type (oci, v2s2, or v2s1) to use in the destination (default is manifest type of source, with fallbacks)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l compression-format -d 'Compression format to use (gzip or zstd)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l sign-by -d 'Add a signature at the destination using the specified key' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l sign-by-sigstore-private-key -d 'Sign the image using a sigstore signature with the specified key' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l sign-by-sigstore -d 'Sign the image using a sigstore parameter file at PATH' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l sign-passphrase-file -d 'Read a passphrase for signing an image from PATH' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l encryption-key -d 'Key with the encryption protocol to use to encrypt the image (e.g. jwe:/path/to/key.pem)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l encrypt-layer -d 'Layers to encrypt, 0-indexed layer indices with support for negative indexing (e.g. 0 is the first layer, -1 is the last layer)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l retry -d 'Number of times to retry in case of failure when performing push' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l retry-delay -d 'Delay between retries in case of push failures (e.g. 500ms, 2s)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l compress -d 'Compress tarball image layers when pushing to a directory using the \'dir\' transport. (default is same compression type as source)'
complete -c berth -n "__fish_berth_using_subcommand push" -l remove-signatures -d 'Discard any pre-existing signatures in the image'
complete -c berth -n "__fish_berth_using_subcommand push" -s q -l quiet -d 'Suppress output information when pushing images'
complete -c berth -n "__fish_berth_using_subcommand push" -l disable-content-trust -d 'This is a Docker specific option and is a NOOP'
complete -c berth -n "__fish_berth_using_subcommand push" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand push" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand push" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand images" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided (reference=, dangling=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l sort -d 'Sort by created, id, repository, size or tag' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c berth -n "__fish_berth_using_subcommand images" -l digests -d 'Show digests'
complete -c berth -n "__fish_berth_using_subcommand images" -l no-trunc -d 'Do not truncate output'
complete -c berth -n "__fish_berth_using_subcommand images" -s n -l noheading -d 'Do not print column headings'
complete -c berth -n "__fish_berth_using_subcommand images" -s q -l quiet -d 'Display only image IDs'
complete -c berth -n "__fish_berth_using_subcommand images" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand images" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand images" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "ls" -d 'List images in local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "inspect" -d 'Display the configuration of an image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "pull" -d 'Pull an image from a registry'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "push" -d 'Push an image to a specified destination'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "tag" -d 'Add an additional name to a local image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "untag" -d 'Remove a name from a local image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "diff" -d 'Inspect changes to the image\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "tree" -d 'Prints layer hierarchy of an image in a tree format'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "prune" -d 'Remove unused images'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "exists" -d 'Check if an image exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "save" -d 'Save image(s) to an archive'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "load" -d 'Load image(s) from a tar archive'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "import" -d 'Import a tarball to create a filesystem image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "history" -d 'Show history of a specified image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "trust" -d 'Manage container image trust policy'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from ls inspect pull build push tag untag rm diff tree prune exists save load import history trust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (reference=, dangling=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, repository, size or tag' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Display only image IDs'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Use ARCH instead of the architecture of the machine for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Use OS instead of the running OS for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Use VARIANT instead of the running architecture variant for choosing images' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Specify the platform for selecting the image (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l retry -d 'Number of times to retry in case of failure when performing pull' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l retry-delay -d 'Delay between retries in case of pull failures (e.g. 500ms, 2s)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'This is a Docker specific option and is a NOOP'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Containerfile to use (`-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name(s) of the resulting image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull policy: always, missing, never, newer (`--pull` alone: always)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images during the build' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'Format of the built image\'s manifest and metadata: oci or docker' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Always remove intermediate containers after a build, even if the build is unsuccessful' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l timestamp -d 'Set created timestamp to the specified epoch seconds, and clamp file timestamps' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Argument=value pairs for the Containerfile\'s ARGs' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg-file -d 'Files of argument=value lines for the Containerfile\'s ARGs' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l annotation -d 'Add an annotation to the image\'s manifest' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l env -d 'Set environment variables in the built image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network mode for RUN instructions' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'Secret file to expose to the build: id=ID,src=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Set the OS/ARCH[/VARIANT] of the image to the provided value' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'require HTTPS and verify certificates when pulling base images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-from -d 'Remote repository for the layer cache (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-to -d 'Remote repository to push the layer cache to (accepted; berth\'s cache is local)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l jobs -d 'How many stages to build at once (0: all that can start)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l build-context -d 'Additional build context: name=value (accepted only as a directory)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l isolation -d 'Accepted for podman compatibility: isolation type' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (checked to exist, as podman)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l ignorefile -d 'Path to an alternate .containerignore file' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l dns -d 'Set custom DNS servers for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l dns-search -d 'Set custom DNS search domains for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l dns-option -d 'Set custom DNS options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping (host:ip) for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options for RUN' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l security-opt -d 'Security options for RUN (seccomp=unconfined|PROFILE, no-new-privileges)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l logfile -d 'Log the build\'s output to this file instead of stdout' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use existing cached images for the container build'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-always -d 'Always pull the image (same as --pull=always)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-never -d 'Never pull the image (same as --pull=never)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash newly built layers into a single new layer'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash all image layers into a single layer'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Refrain from announcing build instructions and image read/write progress'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l load -d 'buildx compatibility: the image is always stored locally (accepted, as podman)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed image to the specified file' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest type (oci, v2s2, or v2s1) to use in the destination (default is manifest type of source, with fallbacks)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compression format to use (gzip or zstd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by -d 'Add a signature at the destination using the specified key' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by-sigstore-private-key -d 'Sign the image using a sigstore signature with the specified key' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by-sigstore -d 'Sign the image using a sigstore parameter file at PATH' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-passphrase-file -d 'Read a passphrase for signing an image from PATH' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l encryption-key -d 'Key with the encryption protocol to use to encrypt the image (e.g. jwe:/path/to/key.pem)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l encrypt-layer -d 'Layers to encrypt, 0-indexed layer indices with support for negative indexing (e.g. 0 is the first layer, -1 is the last layer)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l retry -d 'Number of times to retry in case of failure when performing push' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l retry-delay -d 'Delay between retries in case of push failures (e.g. 500ms, 2s)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l compress -d 'Compress tarball image layers when pushing to a directory using the \'dir\' transport. (default is same compression type as source)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Discard any pre-existing signatures in the image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress output information when pushing images'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'This is a Docker specific option and is a NOOP'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from untag" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of the image and any containers using it'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors if a specified image does not exist'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l whatrequires -d 'Show all child images and layers of the specified image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tree" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label=, until=)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not in use by containers, not just dangling ones'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Save image to docker-archive, oci-archive (see containers-transports(5)), oci-dir (oci transport), or docker-dir (dir transport with v2s2 manifest type)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Interpret additional arguments as images not tags and create a multi-image-archive (only for docker-archive)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Compress tarball image layers when saving to a directory using the \'dir\' transport'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Accept uncompressed layers when copying OCI images'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Suppress the output'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from specified archive file (default: stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the output'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply the following possible instructions to the created image (default []): CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set commit message for imported image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Suppress output'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Change the output to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Display sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate the output'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Display the numeric IDs only'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -f -a "show" -d 'Display trust policy for the system'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -f -a "set" -d 'Set default trust policy or a new trust policy for a registry'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from trust" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images in local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display the configuration of an image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull an image from a registry'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push an image to a specified destination'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add an additional name to a local image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove a name from a local image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Inspect changes to the image\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Prints layer hierarchy of an image in a tree format'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if an image exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save image(s) to an archive'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load image(s) from a tar archive'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a tarball to create a filesystem image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show history of a specified image'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Manage container image trust policy'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand inspect" -s f -l format -d 'Format the output using the given Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s t -l type -d 'Only inspect objects of the given type (image, container, all)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s s -l size -d 'Display the total file size (containers only)'
complete -c berth -n "__fish_berth_using_subcommand inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand tag" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand tag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand tag" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand untag" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand untag" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand untag" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand untag" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand untag" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand untag" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand untag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand untag" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand rmi" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c berth -n "__fish_berth_using_subcommand rmi" -s f -l force -d 'Force removal of the image and any containers using it'
complete -c berth -n "__fish_berth_using_subcommand rmi" -s i -l ignore -d 'Ignore errors if a specified image does not exist'
complete -c berth -n "__fish_berth_using_subcommand rmi" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rmi" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand save" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l format -d 'Save image to docker-archive, oci-archive (see containers-transports(5)), oci-dir (oci transport), or docker-dir (dir transport with v2s2 manifest type)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -s m -l multi-image-archive -d 'Interpret additional arguments as images not tags and create a multi-image-archive (only for docker-archive)'
complete -c berth -n "__fish_berth_using_subcommand save" -l compress -d 'Compress tarball image layers when saving to a directory using the \'dir\' transport'
complete -c berth -n "__fish_berth_using_subcommand save" -l uncompressed -d 'Accept uncompressed layers when copying OCI images'
complete -c berth -n "__fish_berth_using_subcommand save" -s q -l quiet -d 'Suppress the output'
complete -c berth -n "__fish_berth_using_subcommand save" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand save" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand save" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand load" -s i -l input -d 'Read from specified archive file (default: stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -s q -l quiet -d 'Suppress the output'
complete -c berth -n "__fish_berth_using_subcommand load" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand load" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand load" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand import" -s c -l change -d 'Apply the following possible instructions to the created image (default []): CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s m -l message -d 'Set commit message for imported image' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s q -l quiet -d 'Suppress output'
complete -c berth -n "__fish_berth_using_subcommand import" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand import" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand history" -l format -d 'Change the output to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand history" -s H -l human -d 'Display sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l no-trunc -d 'Do not truncate the output'
complete -c berth -n "__fish_berth_using_subcommand history" -s q -l quiet -d 'Display the numeric IDs only'
complete -c berth -n "__fish_berth_using_subcommand history" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand history" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand history" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand run" -l detach-keys -d 'Key sequence that detaches from a container run with -it (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s e -l env -d 'Set environment variables in the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s h -l hostname -d 'Set the container\'s host name' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l network -d 'Connect the container to a network: slirp4netns[:options], pasta[:options], none, host, or networks made with `network create` (NAME[:ip=IP,mac=MAC,alias=NAME], repeatable)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ip -d 'Specify a static IPv4 address for the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ipc -d 'IPC namespace to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l uts -d 'UTS namespace (host name) to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pid -d 'PID namespace to use: private (default), or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s p -l publish -d 'Publish a container\'s port to the host ([ip:][hostPort:]containerPort[/protocol])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns -d 'Set custom DNS servers' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns-option -l dns-opt -d 'Set custom DNS options' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s v -l volume -d 'Bind mount a volume into the container ([SOURCE:]CONTAINER-DIR[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mount -d 'Attach a filesystem mount to the container (type=bind|volume|tmpfs,...)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into the container (PATH[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ulimit -d 'Ulimit options (name=soft[:hard], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l userns -d 'User namespace to use: host (berth\'s own) or keep-id[:uid=UID,gid=GID]' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l uidmap -d 'UID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l gidmap -d 'GID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l restart -d 'Restart policy when a detached container exits: no, on-failure[:max-retries], always' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l stop-signal -d 'Signal to stop the container (default: the image\'s, else SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l stop-timeout -d 'Seconds to wait for the container to stop before it is killed (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s l -l label -d 'Set metadata on the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l label-file -d 'Read in a line-delimited file of labels' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l group-add -d 'Add additional groups to the container\'s process (GID or name in the container)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l log-driver -d 'Logging driver for the container: k8s-file, json-file, none' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l log-opt -d 'Logging driver options: max-size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l secret -d 'Add secret to container: NAME[,type=mount|env][,target=...][,uid=,gid=,mode=]' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cidfile -d 'Write the container ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l volumes-from -d 'Mount volumes from the specified container(s): CONTAINER[:ro|:rw]' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l pod -d 'Run the container in an existing pod, or a new one (new:NAME)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l pull -d 'Pull image policy: always, missing, never, newer' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroupns -d 'cgroup namespace to use (private or host)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l kernel-memory -d 'Kernel memory limit (no longer supported: a noop, as in podman)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-cmd -d 'Set a healthcheck command for the container (\'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-interval -d 'Time between healthchecks (a duration, or \'disable\')' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-retries -d 'Consecutive failures before the container is unhealthy' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-start-period -d 'Time the container has to start before failures count (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-timeout -d 'The longest a healthcheck may take (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-on-failure -d 'What an unhealthy container gets: none, kill, restart or stop' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tz -d 'Set the container\'s time zone (a name under /usr/share/zoneinfo, or local for the host\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l unsetenv -d 'Unset an environment variable of the image or of the defaults' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l timeout -d 'Kill the container after this many seconds' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l preserve-fds -d 'Pass this many additional file descriptors (from 3 on) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l conmon-pidfile -d 'Write the monitor\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l pidfile -d 'Write the container process\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l hostuser -d 'Add a host user\'s entry to the container\'s /etc/passwd' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l passwd-entry -d 'The /etc/passwd entry written for the container\'s user' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l group-entry -d 'The /etc/group entry written for the container\'s group' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l passwd -d 'Add an entry for the container\'s user to /etc/passwd' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l sig-proxy -d 'Pass the signals berth receives on to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l read-only-tmpfs -d 'Mount a tmpfs on /dev, /dev/shm, /run, /tmp and /var/tmp with --read-only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l systemd -d 'Run the container in systemd mode (true, false, always)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l image-volume -d 'How the image\'s VOLUMEs are made (bind, tmpfs, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l seccomp-policy -d 'Where the seccomp profile comes from (default, image)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l sdnotify -d 'sd_notify mode (container, conmon, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l umask -d 'The umask of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l expose -d 'Expose a port (published with -P)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l shm-size -d 'Size of /dev/shm' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l personality -d 'The execution domain of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l requires -d 'Containers that must run before this one' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l chrootdirs -d 'Chroot directories inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l init-path -d 'The path of the init binary for --init' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l gpus -d 'GPU devices to add (not available rootless without a device plugin)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l arch -d 'The architecture of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l os -d 'The OS of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l variant -d 'The variant of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l platform -d 'The platform of the image to pull (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l decryption-key -d 'A key to decrypt the image with' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l help -d 'Print help (podman\'s -h is --hostname)'
complete -c berth -n "__fish_berth_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c berth -n "__fish_berth_using_subcommand run" -s i -l interactive -d 'Keep STDIN open'
complete -c berth -n "__fish_berth_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its ID'
complete -c berth -n "__fish_berth_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host'
complete -c berth -n "__fish_berth_using_subcommand run" -l no-hosts -d 'Do not create /etc/hosts within the container'
complete -c berth -n "__fish_berth_using_subcommand run" -l read-only -d 'Make the container\'s root file system read-only'
complete -c berth -n "__fish_berth_using_subcommand run" -l privileged -d 'Give extended privileges to the container (still inside the user namespace)'
complete -c berth -n "__fish_berth_using_subcommand run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c berth -n "__fish_berth_using_subcommand run" -l replace -d 'If a container with the same name exists, replace it'
complete -c berth -n "__fish_berth_using_subcommand run" -l rmi -d 'Remove container image unless used by other containers (run)'
complete -c berth -n "__fish_berth_using_subcommand run" -l env-host -d 'Use the host\'s environment inside the container'
complete -c berth -n "__fish_berth_using_subcommand run" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand run" -l no-healthcheck -d 'Disable healthchecks on the container'
complete -c berth -n "__fish_berth_using_subcommand run" -l unsetenv-all -d 'Unset all environment variables of the image and the defaults'
complete -c berth -n "__fish_berth_using_subcommand run" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand run" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand create" -l detach-keys -d 'Key sequence that detaches from a container run with -it (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s e -l env -d 'Set environment variables in the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s h -l hostname -d 'Set the container\'s host name' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l network -d 'Connect the container to a network: slirp4netns[:options], pasta[:options], none, host, or networks made with `network create` (NAME[:ip=IP,mac=MAC,alias=NAME], repeatable)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ip -d 'Specify a static IPv4 address for the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ipc -d 'IPC namespace to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l uts -d 'UTS namespace (host name) to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pid -d 'PID namespace to use: private (default), or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s p -l publish -d 'Publish a container\'s port to the host ([ip:][hostPort:]containerPort[/protocol])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns -d 'Set custom DNS servers' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns-option -l dns-opt -d 'Set custom DNS options' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s v -l volume -d 'Bind mount a volume into the container ([SOURCE:]CONTAINER-DIR[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mount -d 'Attach a filesystem mount to the container (type=bind|volume|tmpfs,...)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into the container (PATH[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ulimit -d 'Ulimit options (name=soft[:hard], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l userns -d 'User namespace to use: host (berth\'s own) or keep-id[:uid=UID,gid=GID]' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l uidmap -d 'UID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l gidmap -d 'GID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l restart -d 'Restart policy when a detached container exits: no, on-failure[:max-retries], always' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l stop-signal -d 'Signal to stop the container (default: the image\'s, else SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l stop-timeout -d 'Seconds to wait for the container to stop before it is killed (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s l -l label -d 'Set metadata on the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l label-file -d 'Read in a line-delimited file of labels' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l group-add -d 'Add additional groups to the container\'s process (GID or name in the container)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l log-driver -d 'Logging driver for the container: k8s-file, json-file, none' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l log-opt -d 'Logging driver options: max-size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l secret -d 'Add secret to container: NAME[,type=mount|env][,target=...][,uid=,gid=,mode=]' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cidfile -d 'Write the container ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l volumes-from -d 'Mount volumes from the specified container(s): CONTAINER[:ro|:rw]' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l pod -d 'Run the container in an existing pod, or a new one (new:NAME)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l pull -d 'Pull image policy: always, missing, never, newer' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroupns -d 'cgroup namespace to use (private or host)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l kernel-memory -d 'Kernel memory limit (no longer supported: a noop, as in podman)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-cmd -d 'Set a healthcheck command for the container (\'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-interval -d 'Time between healthchecks (a duration, or \'disable\')' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-retries -d 'Consecutive failures before the container is unhealthy' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-start-period -d 'Time the container has to start before failures count (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-timeout -d 'The longest a healthcheck may take (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-on-failure -d 'What an unhealthy container gets: none, kill, restart or stop' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tz -d 'Set the container\'s time zone (a name under /usr/share/zoneinfo, or local for the host\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l unsetenv -d 'Unset an environment variable of the image or of the defaults' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l timeout -d 'Kill the container after this many seconds' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l preserve-fds -d 'Pass this many additional file descriptors (from 3 on) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l conmon-pidfile -d 'Write the monitor\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l pidfile -d 'Write the container process\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l hostuser -d 'Add a host user\'s entry to the container\'s /etc/passwd' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l passwd-entry -d 'The /etc/passwd entry written for the container\'s user' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l group-entry -d 'The /etc/group entry written for the container\'s group' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l passwd -d 'Add an entry for the container\'s user to /etc/passwd' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l sig-proxy -d 'Pass the signals berth receives on to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l read-only-tmpfs -d 'Mount a tmpfs on /dev, /dev/shm, /run, /tmp and /var/tmp with --read-only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l systemd -d 'Run the container in systemd mode (true, false, always)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l image-volume -d 'How the image\'s VOLUMEs are made (bind, tmpfs, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l seccomp-policy -d 'Where the seccomp profile comes from (default, image)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l sdnotify -d 'sd_notify mode (container, conmon, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l umask -d 'The umask of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l expose -d 'Expose a port (published with -P)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l shm-size -d 'Size of /dev/shm' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l personality -d 'The execution domain of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l requires -d 'Containers that must run before this one' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l chrootdirs -d 'Chroot directories inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l init-path -d 'The path of the init binary for --init' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l gpus -d 'GPU devices to add (not available rootless without a device plugin)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l arch -d 'The architecture of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l os -d 'The OS of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l variant -d 'The variant of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l platform -d 'The platform of the image to pull (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l decryption-key -d 'A key to decrypt the image with' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l help -d 'Print help (podman\'s -h is --hostname)'
complete -c berth -n "__fish_berth_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c berth -n "__fish_berth_using_subcommand create" -s i -l interactive -d 'Keep STDIN open'
complete -c berth -n "__fish_berth_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand create" -s d -l detach -d 'Run the container in the background and print its ID'
complete -c berth -n "__fish_berth_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host'
complete -c berth -n "__fish_berth_using_subcommand create" -l no-hosts -d 'Do not create /etc/hosts within the container'
complete -c berth -n "__fish_berth_using_subcommand create" -l read-only -d 'Make the container\'s root file system read-only'
complete -c berth -n "__fish_berth_using_subcommand create" -l privileged -d 'Give extended privileges to the container (still inside the user namespace)'
complete -c berth -n "__fish_berth_using_subcommand create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c berth -n "__fish_berth_using_subcommand create" -l replace -d 'If a container with the same name exists, replace it'
complete -c berth -n "__fish_berth_using_subcommand create" -l rmi -d 'Remove container image unless used by other containers (run)'
complete -c berth -n "__fish_berth_using_subcommand create" -l env-host -d 'Use the host\'s environment inside the container'
complete -c berth -n "__fish_berth_using_subcommand create" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand create" -l no-healthcheck -d 'Disable healthchecks on the container'
complete -c berth -n "__fish_berth_using_subcommand create" -l unsetenv-all -d 'Unset all environment variables of the image and the defaults'
complete -c berth -n "__fish_berth_using_subcommand create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand start" -s f -l filter -d 'Start only the containers that match (status=, name=, id=, label=, exited=, restart-policy=, ancestor=)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -s a -l attach -d 'Attach the container\'s STDOUT and STDERR (and wait for it)'
complete -c berth -n "__fish_berth_using_subcommand start" -s i -l interactive -d 'Make STDIN available to the contained process'
complete -c berth -n "__fish_berth_using_subcommand start" -l all -d 'Start all containers that do not run'
complete -c berth -n "__fish_berth_using_subcommand start" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand start" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand start" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand restart" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -s a -l all -d 'Restart all containers'
complete -c berth -n "__fish_berth_using_subcommand restart" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand restart" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand restart" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s u -l user -d 'Sets the username or UID used and optionally the groupname or GID' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c berth -n "__fish_berth_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand exec" -s d -l detach -d 'Run the exec session in detached mode (backgrounded)'
complete -c berth -n "__fish_berth_using_subcommand exec" -l privileged -d 'Give the process extended privileges'
complete -c berth -n "__fish_berth_using_subcommand exec" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand exec" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand exec" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand exec" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l detach-keys -d 'Key sequence for detaching a container (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c berth -n "__fish_berth_using_subcommand attach" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand attach" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand attach" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "run" -d 'Run a command in a new container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "create" -d 'Create but do not start a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "start" -d 'Start one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "stop" -d 'Stop one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "kill" -d 'Kill one or more running containers with a specific signal'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "exec" -d 'Run a process in a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "attach" -d 'Attach to a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "wait" -d 'Block on one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "inspect" -d 'Display the configuration of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "exists" -d 'Check if a container exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "prune" -d 'Remove all stopped containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "rename" -d 'Rename an existing container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "pause" -d 'Pause all the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "unpause" -d 'Unpause the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "update" -d 'Update an existing container\'s resource limits'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "diff" -d 'Inspect changes to the container\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "commit" -d 'Create new image based on the changed container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "export" -d 'Export a container\'s filesystem contents as a tar archive'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "mount" -d 'Mount a working container\'s root filesystem (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "umount" -d 'Unmount working container\'s root filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start stop restart kill rm ps exec attach logs wait inspect exists prune rename top port pause unpause update stats cp diff commit export mount umount help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Key sequence that detaches from a container run with -it (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables in the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Set the container\'s host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Connect the container to a network: slirp4netns[:options], pasta[:options], none, host, or networks made with `network create` (NAME[:ip=IP,mac=MAC,alias=NAME], repeatable)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'Specify a static IPv4 address for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace (host name) to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace to use: private (default), or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host ([ip:][hostPort:]containerPort[/protocol])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -l dns-opt -d 'Set custom DNS options' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume into the container ([SOURCE:]CONTAINER-DIR[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount to the container (type=bind|volume|tmpfs,...)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into the container (PATH[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options (name=soft[:hard], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace to use: host (berth\'s own) or keep-id[:uid=UID,gid=GID]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'UID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'GID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy when a detached container exits: no, on-failure[:max-retries], always' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container (default: the image\'s, else SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait for the container to stop before it is killed (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line-delimited file of labels' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add additional groups to the container\'s process (GID or name in the container)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver for the container: k8s-file, json-file, none' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Logging driver options: max-size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Add secret to container: NAME[,type=mount|env][,target=...][,uid=,gid=,mode=]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount volumes from the specified container(s): CONTAINER[:ro|:rw]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run the container in an existing pod, or a new one (new:NAME)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull image policy: always, missing, never, newer' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'cgroup namespace to use (private or host)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l kernel-memory -d 'Kernel memory limit (no longer supported: a noop, as in podman)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Set a healthcheck command for the container (\'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between healthchecks (a duration, or \'disable\')' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures before the container is unhealthy' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Time the container has to start before failures count (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'The longest a healthcheck may take (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What an unhealthy container gets: none, kill, restart or stop' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Set the container\'s time zone (a name under /usr/share/zoneinfo, or local for the host\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv -d 'Unset an environment variable of the image or of the defaults' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the container after this many seconds' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass this many additional file descriptors (from 3 on) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon-pidfile -d 'Write the monitor\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the container process\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Add a host user\'s entry to the container\'s /etc/passwd' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'The /etc/passwd entry written for the container\'s user' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l group-entry -d 'The /etc/group entry written for the container\'s group' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd -d 'Add an entry for the container\'s user to /etc/passwd' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Pass the signals berth receives on to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'Mount a tmpfs on /dev, /dev/shm, /run, /tmp and /var/tmp with --read-only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l systemd -d 'Run the container in systemd mode (true, false, always)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l image-volume -d 'How the image\'s VOLUMEs are made (bind, tmpfs, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l seccomp-policy -d 'Where the seccomp profile comes from (default, image)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'sd_notify mode (container, conmon, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'The umask of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port (published with -P)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l personality -d 'The execution domain of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l requires -d 'Containers that must run before this one' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l chrootdirs -d 'Chroot directories inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'The path of the init binary for --init' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l gpus -d 'GPU devices to add (not available rootless without a device plugin)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'The architecture of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'The OS of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'The variant of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'The platform of the image to pull (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l decryption-key -d 'A key to decrypt the image with' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (podman\'s -h is --hostname)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its ID'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not create /etc/hosts within the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Make the container\'s root file system read-only'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to the container (still inside the user namespace)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'If a container with the same name exists, replace it'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove container image unless used by other containers (run)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Use the host\'s environment inside the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable healthchecks on the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv-all -d 'Unset all environment variables of the image and the defaults'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l detach-keys -d 'Key sequence that detaches from a container run with -it (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables in the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Set the container\'s host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Connect the container to a network: slirp4netns[:options], pasta[:options], none, host, or networks made with `network create` (NAME[:ip=IP,mac=MAC,alias=NAME], repeatable)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'Specify a static IPv4 address for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace (host name) to use: private (default), host, or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace to use: private (default), or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port to the host ([ip:][hostPort:]containerPort[/protocol])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -l dns-opt -d 'Set custom DNS options' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a volume into the container ([SOURCE:]CONTAINER-DIR[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount to the container (type=bind|volume|tmpfs,...)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into the container (PATH[:OPTIONS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=PATH' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (name=soft[:hard], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace to use: host (berth\'s own) or keep-id[:uid=UID,gid=GID]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'UID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'GID map for the container\'s user namespace (CONTAINER:HOST:SIZE, HOST in berth\'s namespace)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy when a detached container exits: no, on-failure[:max-retries], always' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container (default: the image\'s, else SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait for the container to stop before it is killed (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line-delimited file of labels' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add additional groups to the container\'s process (GID or name in the container)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver for the container: k8s-file, json-file, none' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging driver options: max-size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Add secret to container: NAME[,type=mount|env][,target=...][,uid=,gid=,mode=]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount volumes from the specified container(s): CONTAINER[:ro|:rw]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run the container in an existing pod, or a new one (new:NAME)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull image policy: always, missing, never, newer' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'cgroup namespace to use (private or host)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l kernel-memory -d 'Kernel memory limit (no longer supported: a noop, as in podman)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Set a healthcheck command for the container (\'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between healthchecks (a duration, or \'disable\')' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures before the container is unhealthy' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Time the container has to start before failures count (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'The longest a healthcheck may take (a duration)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What an unhealthy container gets: none, kill, restart or stop' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Set the container\'s time zone (a name under /usr/share/zoneinfo, or local for the host\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv -d 'Unset an environment variable of the image or of the defaults' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Kill the container after this many seconds' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l preserve-fds -d 'Pass this many additional file descriptors (from 3 on) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon-pidfile -d 'Write the monitor\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the container process\'s pid to this file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Add a host user\'s entry to the container\'s /etc/passwd' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'The /etc/passwd entry written for the container\'s user' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l group-entry -d 'The /etc/group entry written for the container\'s group' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd -d 'Add an entry for the container\'s user to /etc/passwd' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l sig-proxy -d 'Pass the signals berth receives on to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'Mount a tmpfs on /dev, /dev/shm, /run, /tmp and /var/tmp with --read-only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l systemd -d 'Run the container in systemd mode (true, false, always)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l image-volume -d 'How the image\'s VOLUMEs are made (bind, tmpfs, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l seccomp-policy -d 'Where the seccomp profile comes from (default, image)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'sd_notify mode (container, conmon, ignore)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'The umask of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port (published with -P)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l personality -d 'The execution domain of the container\'s process' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l requires -d 'Containers that must run before this one' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l chrootdirs -d 'Chroot directories inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'The path of the init binary for --init' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l gpus -d 'GPU devices to add (not available rootless without a device plugin)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'The architecture of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'The OS of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'The variant of the image to pull' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'The platform of the image to pull (OS/ARCH[/VARIANT])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l decryption-key -d 'A key to decrypt the image with' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (podman\'s -h is --hostname)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s d -l detach -d 'Run the container in the background and print its ID'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts within the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Make the container\'s root file system read-only'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to the container (still inside the user namespace)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'If a container with the same name exists, replace it'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l rmi -d 'Remove container image unless used by other containers (run)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Use the host\'s environment inside the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress output information when pulling images'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable healthchecks on the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv-all -d 'Unset all environment variables of the image and the defaults'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Start only the containers that match (status=, name=, id=, label=, exited=, restart-policy=, ancestor=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach the container\'s STDOUT and STDERR (and wait for it)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Make STDIN available to the contained process'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start all containers that do not run'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Signal all running containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for stop before killing the container (with -f)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of a running container (stops it first); a missing one is no error'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove the containers that depend on it too (for a pod\'s infra container: the pod)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions given (status=, name=, id=, ancestor=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only the container IDs'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Also show containers made by other tools in the same storage (berth\'s store holds only its own, so the list is the same)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Display the extended information'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ps" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Sets the username or UID used and optionally the groupname or GID' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run the exec session in detached mode (backgrounded)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process extended privileges'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence for detaching a container (default ctrl-p,ctrl-q; "" turns it off)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Output the specified number of lines at the end of the logs' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since TIMESTAMP (RFC 3339, Unix seconds or a duration back from now)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs until TIMESTAMP (RFC 3339, Unix seconds or a duration from now)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Output the timestamps in the log'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'Output the container name (not its ID) before each line of several containers\' logs'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details provided to the logs (accepted, as podman\'s hidden flag)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time interval to wait before polling for completion (e.g. 250ms)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Condition to wait on (created, running, paused, stopping, stopped, exited); several wait for the first met' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display the total file size'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Display port information for all containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Pause (or unpause) all running (or paused) containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Pause (or unpause) all running (or paused) containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Pretty-print container statistics to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Time in seconds between stats reports' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers. Only running containers are shown by default'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Disable resetting the screen between intervals'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Give files copied into a container to its user (the default, true); false keeps the source\'s uid/gid. Files copied out always belong to you, as in podman' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l pause -d 'Accepted for podman compatibility (berth does not pause the container)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Accepted: a symbolic link SRC_PATH is always followed (inside the container for a container), as podman does'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Allow a directory to replace a non-directory and the reverse'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Do not print warnings (e.g. skipped device nodes)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Set the author for the image committed' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Set commit message for imported image' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Format of the image manifest and metadata: oci or docker' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause container during commit (accepted: berth reads the upper dir as it is)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Suppress output'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'Squash the image\'s layers and the container\'s changes into a single layer'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'Include container volumes as image volumes'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print the mounted containers in the given format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount all containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -d 'Do not truncate the output'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from mount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount all mounted containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -s f -l force -d 'Unmount even when busy (lazily)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from umount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command in a new container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create but do not start a container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Kill one or more running containers with a specific signal'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a process in a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach to a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block on one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display the configuration of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a container exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an existing container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause all the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an existing container\'s resource limits'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Inspect changes to the container\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create new image based on the changed container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s filesystem contents as a tar archive'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount a working container\'s root filesystem (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "umount" -d 'Unmount working container\'s root filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand unshare" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unshare" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unshare" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand unshare" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unshare" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand unshare" -l rootless-netns -l rootless-cni -d 'Join the rootless network namespace too (where user-defined networks\' bridges live)'
complete -c berth -n "__fish_berth_using_subcommand unshare" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand unshare" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand cp" -s a -l archive -d 'Give files copied into a container to its user (the default, true); false keeps the source\'s uid/gid. Files copied out always belong to you, as in podman' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l pause -d 'Accepted for podman compatibility (berth does not pause the container)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -s L -l follow-link -d 'Accepted: a symbolic link SRC_PATH is always followed (inside the container for a container), as podman does'
complete -c berth -n "__fish_berth_using_subcommand cp" -l overwrite -d 'Allow a directory to replace a non-directory and the reverse'
complete -c berth -n "__fish_berth_using_subcommand cp" -s q -l quiet -d 'Do not print warnings (e.g. skipped device nodes)'
complete -c berth -n "__fish_berth_using_subcommand cp" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand cp" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand cp" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand diff" -l format -d 'Change the output format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand diff" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand diff" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand export" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand export" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand mount" -l format -d 'Print the mounted containers in the given format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand mount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand mount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand mount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand mount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand mount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand mount" -s a -l all -d 'Mount all containers'
complete -c berth -n "__fish_berth_using_subcommand mount" -l no-trunc -d 'Do not truncate the output'
complete -c berth -n "__fish_berth_using_subcommand mount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand mount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand mount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand umount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand umount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand umount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand umount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand umount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand umount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand umount" -s a -l all -d 'Unmount all mounted containers'
complete -c berth -n "__fish_berth_using_subcommand umount" -s f -l force -d 'Unmount even when busy (lazily)'
complete -c berth -n "__fish_berth_using_subcommand umount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand umount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand umount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand ps" -s n -l last -d 'Print the n last created containers (all states)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -s f -l filter -d 'Filter output based on conditions given (status=, name=, id=, ancestor=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l format -d 'Pretty-print containers to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -s a -l all -d 'Show all the containers, default is only running containers'
complete -c berth -n "__fish_berth_using_subcommand ps" -s q -l quiet -d 'Print only the container IDs'
complete -c berth -n "__fish_berth_using_subcommand ps" -l external -d 'Also show containers made by other tools in the same storage (berth\'s store holds only its own, so the list is the same)'
complete -c berth -n "__fish_berth_using_subcommand ps" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand ps" -l no-trunc -d 'Display the extended information'
complete -c berth -n "__fish_berth_using_subcommand ps" -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand ps" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with'
complete -c berth -n "__fish_berth_using_subcommand ps" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand ps" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand ps" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand stop" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c berth -n "__fish_berth_using_subcommand stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c berth -n "__fish_berth_using_subcommand stop" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand stop" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand stop" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand kill" -s a -l all -d 'Signal all running containers'
complete -c berth -n "__fish_berth_using_subcommand kill" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand kill" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kill" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand rm" -s t -l time -d 'Seconds to wait for stop before killing the container (with -f)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c berth -n "__fish_berth_using_subcommand rm" -s f -l force -d 'Force removal of a running container (stops it first); a missing one is no error'
complete -c berth -n "__fish_berth_using_subcommand rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c berth -n "__fish_berth_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c berth -n "__fish_berth_using_subcommand rm" -l depend -d 'Remove the containers that depend on it too (for a pod\'s infra container: the pod)'
complete -c berth -n "__fish_berth_using_subcommand rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand wait" -s i -l interval -d 'Time interval to wait before polling for completion (e.g. 250ms)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l condition -d 'Condition to wait on (created, running, paused, stopping, stopped, exited); several wait for the first met' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand wait" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand wait" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand wait" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand logs" -l tail -d 'Output the specified number of lines at the end of the logs' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l since -d 'Show logs since TIMESTAMP (RFC 3339, Unix seconds or a duration back from now)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l until -d 'Show logs until TIMESTAMP (RFC 3339, Unix seconds or a duration from now)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -s f -l follow -d 'Follow log output'
complete -c berth -n "__fish_berth_using_subcommand logs" -s t -l timestamps -d 'Output the timestamps in the log'
complete -c berth -n "__fish_berth_using_subcommand logs" -s n -l names -d 'Output the container name (not its ID) before each line of several containers\' logs'
complete -c berth -n "__fish_berth_using_subcommand logs" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand logs" -l details -d 'Show extra details provided to the logs (accepted, as podman\'s hidden flag)'
complete -c berth -n "__fish_berth_using_subcommand logs" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand logs" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand logs" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand rename" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand rename" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rename" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand top" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand top" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand top" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand top" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand port" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -s a -l all -d 'Display port information for all containers'
complete -c berth -n "__fish_berth_using_subcommand port" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand port" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand port" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand port" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -s a -l all -d 'Pause (or unpause) all running (or paused) containers'
complete -c berth -n "__fish_berth_using_subcommand pause" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand unpause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -s a -l all -d 'Pause (or unpause) all running (or paused) containers'
complete -c berth -n "__fish_berth_using_subcommand unpause" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand unpause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand unpause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand update" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpus -d 'Number of CPUs. The default is 0.000 which means no limit' -r
complete -c berth -n "__fish_berth_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cgroup-conf -d 'Configure cgroup v2 (key=value)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand update" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand update" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand stats" -l format -d 'Pretty-print container statistics to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -s i -l interval -d 'Time in seconds between stats reports' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -s a -l all -d 'Show all containers. Only running containers are shown by default'
complete -c berth -n "__fish_berth_using_subcommand stats" -s l -l latest -d 'Act on the latest container berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-trunc -d 'Do not truncate output'
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-reset -d 'Disable resetting the screen between intervals'
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c berth -n "__fish_berth_using_subcommand stats" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand stats" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand stats" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "create" -d 'Create a new volume'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "ls" -d 'List volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "rm" -d 'Remove one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "prune" -d 'Remove all unused volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "exists" -d 'Check if a volume exists'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "mount" -d 'Mount volume (inside `berth unshare`; prints its path)'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "unmount" -d 'Unmount volume (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "export" -d 'Export volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "import" -d 'Import a tarball contents into a podman volume'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists mount unmount export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata for a volume (e.g. --label mykey=value)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only local)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options (type=bind|tmpfs, device=..., o=...)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the volume already exists'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format volume output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter volume output (name, label, driver, scope, dangling)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print volume output in quiet mode'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format volume output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect all volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for running containers to stop before killing them (with --force)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove a volume by force: the containers using it are removed first'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\')' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from mount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new volume'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all unused volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a volume exists'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount volume (inside `berth unshare`; prints its path)'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "unmount" -d 'Unmount volume (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a tarball contents into a podman volume'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand events" -s f -l filter -d 'Filter output (container=, image=, pod=, volume=, network=, event=, type=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l format -d 'Format the output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l stream -d 'Stream new events; for testing only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l since -d 'Show all events created since timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l until -d 'Show all events until timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand events" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand events" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "create" -d 'Create a new secret'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "ls" -d 'List secrets'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "inspect" -d 'Inspect a secret'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "rm" -d 'Remove one or more secrets'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "exists" -d 'Check if a secret exists'
complete -c berth -n "__fish_berth_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'Specify secret driver' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l driver-opts -d 'Specify driver specific options' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Specify labels on the secret' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l env -d 'Read secret data from environment variable'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l replace -d 'Replace the secret of that name if there is one'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter secret output (name=, id=)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'Format secret output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print secret IDs only'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format inspect output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print inspect output in human-readable format'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all secrets'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new secret'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List secrets'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Inspect a secret'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more secrets'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a secret exists'
complete -c berth -n "__fish_berth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run the health check of a container'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the health check of a container'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "df" -d 'Show berth disk usage'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "prune" -d 'Remove unused data'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "reset" -d 'Reset berth storage'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "migrate" -d 'Migrate containers (berth keeps no pause process: nothing to migrate)'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "renumber" -d 'Migrate lock numbers (berth has no lock numbers: nothing to renumber)'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "check" -d 'Check storage consistency'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "info" -d 'Display berth system information'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "events" -d 'Show berth events'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune reset migrate renumber check info events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Pretty-print images using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on disk usage'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\')' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused data'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation.  The default is false'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune volumes'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l new-runtime -d 'Specify a new runtime for all containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from renumber" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s m -l max -d 'Maximum allowed age of unreferenced layers (berth checks every layer)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'Remove containers whose image is damaged or gone when repairing'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s q -l quick -d 'Skip time-consuming checks (berth\'s checks are all quick)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Remove inconsistent images (and what the store\'s repair removes)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Change the output format to JSON or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -s D -l debug -d 'Print the debug information (accepted for podman compatibility)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output (container=, image=, pod=, volume=, network=, event=, type=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format the output using a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Stream new events; for testing only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Show all events until timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show berth disk usage'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused data'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Reset berth storage'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Migrate containers (berth keeps no pause process: nothing to migrate)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "renumber" -d 'Migrate lock numbers (berth has no lock numbers: nothing to renumber)'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check storage consistency'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display berth system information'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show berth events'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "create" -d 'Create a manifest list (of the images given)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "add" -d 'Add an image (a local one, or a registry\'s) to a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "annotate" -d 'Set the platform or annotations of an image in a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "inspect" -d 'Display a manifest list (a local one, or a registry\'s manifest)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "push" -d 'Push a manifest list (and with --all, its images) to a registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "rm" -d 'Remove manifest lists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "remove" -d 'Remove an image from a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "exists" -d 'Check if a manifest list exists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l all -d 'Add all of the lists\' images if the images to add are lists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -s a -l amend -d 'Modify an existing list if one with the desired name already exists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l insecure -d 'Neither require HTTPS nor verify certificates when accessing the registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l arch -d 'Override the architecture of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os -d 'Override the OS of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os-version -d 'Override the OS version of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os-features -d 'Override the OS features of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l variant -d 'Override the variant of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l features -d 'Override the features of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l annotation -d 'Set an annotation of the image (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l all -d 'Add all of the list\'s images if the image is a list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l insecure -d 'Neither require HTTPS nor verify certificates when accessing the registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l arch -d 'Override the architecture of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os -d 'Override the OS of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-version -d 'Override the OS version of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-features -d 'Override the OS features of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l variant -d 'Override the variant of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l features -d 'Override the features of the image' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l annotation -d 'Set an annotation of the image (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l authfile -d 'Path of the authentication file' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l insecure -d 'Neither require HTTPS nor verify certificates when accessing the registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Accepted for podman\'s sake (the output is the whole list)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l all -d 'Also push the images in the list' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest type (oci or v2s2) of the list and its images' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed list to the specified file' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l creds -d 'Use `USERNAME[:PASSWORD]` for accessing the registry' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l rm -d 'Remove the manifest list if push succeeds'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Don\'t output progress information'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Don\'t copy signatures when pushing images'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure -d 'Neither require HTTPS nor verify certificates when accessing the registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a manifest list (of the images given)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an image (a local one, or a registry\'s) to a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "annotate" -d 'Set the platform or annotations of an image in a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display a manifest list (a local one, or a registry\'s manifest)'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a manifest list (and with --all, its images) to a registry'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove manifest lists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an image from a manifest list'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a manifest list exists'
complete -c berth -n "__fish_berth_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "create" -d 'Create a network'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "ls" -d 'List networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "rm" -d 'Remove one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "prune" -d 'Remove all unused networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "exists" -d 'Check if a network exists'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "reload" -d 'Reload the network of containers (their addresses stay)'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "connect" -d 'Add a container to a network'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists reload connect disconnect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver to manage the network (bridge)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'IPv4 or IPv6 gateway for the subnet' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container IPs from a range' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l dns -d 'DNS servers this network will use' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on a network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IP address management driver' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access from this network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Enable IPv6 networking'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'Disable DNS plugin'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail if the network already exists'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Pretty-print networks to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. \'name=podman\')' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Display only network IDs'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Display the full network ID'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Pretty-print network to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for running containers to stop before killing them' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove any containers using the network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\')' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Reload the network of all running containers'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Network scoped alias for the container' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'Static IPv4 address for the container on this network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'Static MAC address for the container on this network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Disconnect even if the container is not running'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all unused networks'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a network exists'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "reload" -d 'Reload the network of containers (their addresses stay)'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Add a container to a network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand __netns-holder" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "create" -d 'Create a new empty pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "ps" -d 'List pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "inspect" -d 'Display a pod configuration'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "start" -d 'Start one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "stop" -d 'Stop one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "restart" -d 'Restart one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "kill" -d 'Send the specified signal or SIGKILL to containers in pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "rm" -d 'Remove one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "top" -d 'Display the running processes of containers in a pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "logs" -d 'Fetch logs for pod with one or more containers'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "exists" -d 'Check if a pod exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "pause" -d 'Pause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "unpause" -d 'Unpause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "stats" -d 'Display a live stream of resource usage statistics for the containers in one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and not __fish_seen_subcommand_from create ps inspect start stop restart kill rm prune top logs exists pause unpause stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'Assign a name to the pod' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port, or a range of ports, to the host' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'A comma delimited list of kernel namespaces the pod will share (ipc, net, pid, uts, cgroup or none; +NS adds to the default ipc,net,uts)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Create an infra container associated with the pod to share namespaces with' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-image -d 'Image to use to override the builtin infra container (default: berth\'s own pause)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-command -d 'Override the command (entrypoint) of the infra container' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-name -d 'Assign a name to the infra container' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'Set the pod\'s host name (default: the pod\'s name)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the pod' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'Connect the pod to a network: slirp4netns[:options], pasta[:options], none, host, private' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-option -d 'Set custom DNS options' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Write the pod ID to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l exit-policy -d 'Behaviour when the last container exits: continue or stop' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address (not settable rootless: ignored, as podman does)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts within the pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l replace -d 'If a pod with the same name exists, replace it'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions given (id, name, label, status, ctr-names, ctr-ids, ctr-status, ctr-number)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print pods to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l sort -d 'Sort output by created, id, name, number or status' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Display the container names'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Display the container UUIDs. If no-trunc is not set they will be truncated'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-status -d 'Display the container status'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print headers'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate pod and container IDs'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print the numeric IDs of the pods only'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from ps" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output to a Go template or json' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for pod stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors when a specified pod is missing'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the containers in the pod' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Kill all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for pod stop before killing the container' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l pod-id-file -d 'Read the pod ID from the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop running containers and delete all stopped containers'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors when a specified pod is missing'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Filter logs by container name or id which belongs to pod' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tail -d 'Output the specified number of lines at the end of the logs' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since TIMESTAMP' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Show logs until TIMESTAMP' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l names -d 'Output container names instead of container IDs in the log'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Output the timestamps in the log'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'Pretty-print container statistics to JSON or using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Provide stats for all pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest pod berth is aware of'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-reset -d 'Disable resetting the screen when streaming'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new empty pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display a pod configuration'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send the specified signal or SIGKILL to containers in pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of containers in a pod'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch logs for pod with one or more containers'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Check if a pod exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of resource usage statistics for the containers in one or more pods'
complete -c berth -n "__fish_berth_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -f -a "kube" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -f -a "systemd" -d 'Generate systemd units for a container or a pod'
complete -c berth -n "__fish_berth_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to this file instead of stdout' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also generate a Kubernetes Service (NodePort) for each pod'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from kube" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-policy -d 'Systemd restart-policy' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l time -l stop-timeout -d 'Stop timeout override' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l container-prefix -d 'Systemd unit name prefix for containers' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l pod-prefix -d 'Systemd unit name prefix for pods' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l separator -d 'Systemd unit name separator between name/id and prefix' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l format -d 'Output format (json)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s n -l name -d 'Use container/pod names instead of IDs'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l new -d 'Create a new container or pod instead of starting an existing one'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s f -l files -d 'Generate .service files instead of printing to stdout'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l no-header -d 'Skip header generation'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "systemd" -d 'Generate systemd units for a container or a pod'
complete -c berth -n "__fish_berth_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "generate" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "play" -d 'Play a pod or deployment based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "down" -d 'Remove pods based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to this file instead of stdout' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also generate a Kubernetes Service (NodePort) for each pod'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l publish -d 'Publish a container\'s port to the host (in addition to the YAML\'s hostPorts)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -d 'Connect the pods to a network' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'Files holding ConfigMaps for the YAML\'s containers' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods after creating them' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l annotation -d 'Add an annotation to the containers (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l build -d 'Build the images of containers that have a build directory (CONTEXT/IMAGE/Containerfile)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l context-dir -d 'The directory holding the build directories (default: the current directory)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Remove the pods described by the YAML instead of creating them'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Replace pods of the same names that already exist'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print nothing while pulling images'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from play" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from down" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "play" -d 'Play a pod or deployment based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "down" -d 'Remove pods based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "kube" -d 'Play a pod or deployment based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l publish -d 'Publish a container\'s port to the host (in addition to the YAML\'s hostPorts)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l network -d 'Connect the pods to a network' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l configmap -d 'Files holding ConfigMaps for the YAML\'s containers' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the pods after creating them' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l annotation -d 'Add an annotation to the containers (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l build -d 'Build the images of containers that have a build directory (CONTEXT/IMAGE/Containerfile)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l context-dir -d 'The directory holding the build directories (default: the current directory)' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l down -d 'Remove the pods described by the YAML instead of creating them'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Replace pods of the same names that already exist'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Print nothing while pulling images'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from kube" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Play a pod or deployment based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l dryrun -l dry-run -d 'Print the units instead of writing them'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l user -d 'Generate user units (the default: berth is rootless)'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -s v -l verbose -d 'Print what is done'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l no-kmsg-log -d 'Don\'t log to kmsg (accepted for podman\'s quadlet; berth logs to stderr)'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand quadlet" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand login" -s u -l username -d 'Username for registry' -r
complete -c berth -n "__fish_berth_using_subcommand login" -s p -l password -d 'Password for registry (prefer --password-stdin: this one shows in `ps`)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l authfile -d 'Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l cert-dir -d 'Use certificates at the specified path to access the registry' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l password-stdin -d 'Take the password from stdin'
complete -c berth -n "__fish_berth_using_subcommand login" -l get-login -d 'Return the current login user for the registry'
complete -c berth -n "__fish_berth_using_subcommand login" -s v -l verbose -d 'Be verbose'
complete -c berth -n "__fish_berth_using_subcommand login" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand login" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand login" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand logout" -l authfile -d 'Path of the authentication file' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -s a -l all -d 'Remove the cached credentials for all registries in the auth file'
complete -c berth -n "__fish_berth_using_subcommand logout" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand logout" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand logout" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand completion" -s f -l file -d 'Output the completion to a file' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l no-desc -d 'Don\'t include descriptions in the completions'
complete -c berth -n "__fish_berth_using_subcommand completion" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand completion" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand completion" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand __complete" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __complete" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __complete" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __complete" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand __complete" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand __complete" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand __complete" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand __complete" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand __complete" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l root -d 'Path to the root directory in which data, including images, is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l runroot -d 'Path to the \'run directory\' where all state information is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l storage-driver -d 'Select which storage driver is used to manage storage of images and containers' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l storage-opt -d 'Storage driver option' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l log-level -d 'Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) [default: warn]' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l url -d 'URL to access Podman service (CONTAINER_HOST; berth has none: refused)' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l volumepath -d 'Path to the volume directory in which volume data is stored' -r -F
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l cgroup-manager -d 'Cgroup manager to use (cgroupfs or systemd)' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l network-cmd-path -d 'Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container\'s network' -r -F
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l runtime -d 'Path to the OCI-compatible binary used to run containers (berth checks that it exists, as podman; its own in-process runtime runs the containers)' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l runtime-flag -d 'Add global flags for the container runtime' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l default-mounts-file -d 'Path to the default mounts file (host:container lines, bound into every container)' -r -F
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l events-backend -d 'Events backend to use (file, journald or none)' -r
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -l noout -d 'Do not output to stdout'
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand __completeNoDesc" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "version" -d 'Display the berth version information'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "info" -d 'Display berth related system information'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "doctor" -d 'Check the host for what rootless containers need, with the fix for each'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "pull" -d 'Pull an image from a registry'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "buildx" -d 'Build images (docker buildx compatibility: `buildx build` is `build`)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "commit" -d 'Create new image based on the changed container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "push" -d 'Push an image to a specified destination'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "images" -d 'List images in local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "image" -d 'Manage images'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "inspect" -d 'Display the configuration of an object'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "tag" -d 'Add an additional name to a local image'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "untag" -d 'Remove a name from a local image'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "save" -d 'Save image(s) to an archive'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "load" -d 'Load image(s) from a tar archive'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "import" -d 'Import a tarball to create a filesystem image'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "history" -d 'Show history of a specified image'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "run" -d 'Run a command in a new container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "create" -d 'Create but do not start a container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "start" -d 'Start one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "exec" -d 'Run a process in a running container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "attach" -d 'Attach to a running container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "container" -d 'Manage containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "unshare" -d 'Run a command in a modified user namespace (as berth\'s layers see it)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "diff" -d 'Inspect changes to the container\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "export" -d 'Export a container\'s filesystem contents as a tar archive'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "mount" -d 'Mount a working container\'s root filesystem (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "umount" -d 'Unmount working container\'s root filesystem'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "stop" -d 'Stop one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "kill" -d 'Kill one or more running containers with a specific signal'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "wait" -d 'Block on one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "rename" -d 'Rename an existing container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "pause" -d 'Pause all the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "unpause" -d 'Unpause the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "update" -d 'Update an existing container\'s resource limits'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "volume" -d 'Manage volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "events" -d 'Show berth events'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "secret" -d 'Manage secrets'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "healthcheck" -d 'Manage health checks on containers'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "system" -d 'Manage berth'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "manifest" -d 'Manipulate manifest lists'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "network" -d 'Manage networks'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "__netns-holder" -d 'The holder of the rootless network namespace (started by berth itself)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "pod" -d 'Manage pods'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "generate" -d 'Generate structured data (Kubernetes YAML, systemd units)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "kube" -d 'Play containers, pods or volumes from Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "play" -d 'Play containers, pods or volumes from a structured file'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "quadlet" -d 'Generate systemd units from Quadlet files (.container, .volume, .network, .kube)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "login" -d 'Log in to a container registry'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "logout" -d 'Log out of a container registry'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "completion" -d 'Generate shell autocompletions'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "__complete" -d 'cobra\'s completion protocol (podman\'s completion scripts call it)'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "__completeNoDesc" -d 'cobra\'s completion protocol, without descriptions'
complete -c berth -n "__fish_berth_using_subcommand help; and not __fish_seen_subcommand_from version info doctor pull build buildx commit push images image inspect tag untag rmi save load import history run create start restart exec attach container unshare cp diff export mount umount ps stop kill rm wait logs rename top port pause unpause update stats volume events secret healthcheck system manifest network __netns-holder pod generate kube play quadlet login logout completion __complete __completeNoDesc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from buildx" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images in local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Display the configuration of an image'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "pull" -d 'Pull an image from a registry'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "build" -d 'Build an image using instructions from Containerfiles'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "push" -d 'Push an image to a specified destination'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Add an additional name to a local image'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "untag" -d 'Remove a name from a local image'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "diff" -d 'Inspect changes to the image\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tree" -d 'Prints layer hierarchy of an image in a tree format'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove unused images'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "exists" -d 'Check if an image exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save image(s) to an archive'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load image(s) from a tar archive'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Import a tarball to create a filesystem image'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show history of a specified image'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "trust" -d 'Manage container image trust policy'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "run" -d 'Run a command in a new container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create but do not start a container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "start" -d 'Start one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stop" -d 'Stop one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "kill" -d 'Kill one or more running containers with a specific signal'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exec" -d 'Run a process in a running container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "attach" -d 'Attach to a running container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "wait" -d 'Block on one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Display the configuration of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exists" -d 'Check if a container exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove all stopped containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rename" -d 'Rename an existing container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "pause" -d 'Pause all the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "unpause" -d 'Unpause the processes in one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "update" -d 'Update an existing container\'s resource limits'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stats" -d 'Display a live stream of container resource usage statistics'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "diff" -d 'Inspect changes to the container\'s file systems'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "commit" -d 'Create new image based on the changed container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "export" -d 'Export a container\'s filesystem contents as a tar archive'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "mount" -d 'Mount a working container\'s root filesystem (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "umount" -d 'Unmount working container\'s root filesystem'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a new volume'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Remove one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "prune" -d 'Remove all unused volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "exists" -d 'Check if a volume exists'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "mount" -d 'Mount volume (inside `berth unshare`; prints its path)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "unmount" -d 'Unmount volume (inside `berth unshare`)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "export" -d 'Export volumes'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "import" -d 'Import a tarball contents into a podman volume'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create a new secret'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "ls" -d 'List secrets'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "inspect" -d 'Inspect a secret'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rm" -d 'Remove one or more secrets'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "exists" -d 'Check if a secret exists'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from healthcheck" -f -a "run" -d 'Run the health check of a container'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show berth disk usage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove unused data'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "reset" -d 'Reset berth storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "migrate" -d 'Migrate containers (berth keeps no pause process: nothing to migrate)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "renumber" -d 'Migrate lock numbers (berth has no lock numbers: nothing to renumber)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "check" -d 'Check storage consistency'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "info" -d 'Display berth system information'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "events" -d 'Show berth events'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "create" -d 'Create a manifest list (of the images given)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "add" -d 'Add an image (a local one, or a registry\'s) to a manifest list'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "annotate" -d 'Set the platform or annotations of an image in a manifest list'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "inspect" -d 'Display a manifest list (a local one, or a registry\'s manifest)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "push" -d 'Push a manifest list (and with --all, its images) to a registry'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "rm" -d 'Remove manifest lists'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "remove" -d 'Remove an image from a manifest list'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "exists" -d 'Check if a manifest list exists'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ls" -d 'List networks'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rm" -d 'Remove one or more networks'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "prune" -d 'Remove all unused networks'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "exists" -d 'Check if a network exists'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "reload" -d 'Reload the network of containers (their addresses stay)'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "connect" -d 'Add a container to a network'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "create" -d 'Create a new empty pod'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "ps" -d 'List pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "inspect" -d 'Display a pod configuration'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "start" -d 'Start one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stop" -d 'Stop one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "restart" -d 'Restart one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "kill" -d 'Send the specified signal or SIGKILL to containers in pod'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "rm" -d 'Remove one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "top" -d 'Display the running processes of containers in a pod'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "logs" -d 'Fetch logs for pod with one or more containers'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "exists" -d 'Check if a pod exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "pause" -d 'Pause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "unpause" -d 'Unpause one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stats" -d 'Display a live stream of resource usage statistics for the containers in one or more pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "kube" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "systemd" -d 'Generate systemd units for a container or a pod'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "generate" -d 'Generate Kubernetes YAML from containers or pods'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "play" -d 'Play a pod or deployment based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "down" -d 'Remove pods based on Kubernetes YAML'
complete -c berth -n "__fish_berth_using_subcommand help; and __fish_seen_subcommand_from play" -f -a "kube" -d 'Play a pod or deployment based on Kubernetes YAML'
