import { LoadingState } from "@/components/dashboard/LoadingState";

export default function Loading() {
  return <LoadingState />;
}
