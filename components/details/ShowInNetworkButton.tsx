/** Frames the selected item and its actors in the Network view. */
export function ShowInNetworkButton({ onShow }: { onShow: () => void }) {
  return (
    <button type="button" className="button" onClick={onShow}>
      Show in network
    </button>
  );
}
