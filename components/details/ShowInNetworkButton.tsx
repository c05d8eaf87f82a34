import { showInNetwork } from "@/components/network/showInNetwork";

/** Frames the selected item and its actors in the Network view. */
export function ShowInNetworkButton() {
  return (
    <button type="button" className="button" onClick={showInNetwork}>
      Show in network
    </button>
  );
}
