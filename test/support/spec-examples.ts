// The ids openapi.yaml's examples use, which tests replace with live ones.
export const EXAMPLE = {
  gallery: '550e8400-e29b-41d4-a716-446655440000',
  photo: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  token: 'Zk3xQ9mP2vR7tL8w',
  webhook: '3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b',
  delivery: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
  event: 'evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f',
} as const;
