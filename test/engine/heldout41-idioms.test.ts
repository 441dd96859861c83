import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout41 showed the engine missing (its first, unseen score was taken before these were written). */

describe("a React class component's state", () => {
  it('a member initialized to null holds what a later `this.setState({ token })` gives it', () => {
    const code = [
      "const baseUrl = 'https://api.github.com';",
      'class Home extends React.Component {',
      "  state = { token: null, searchRepo: '' };",
      '  componentDidMount() {',
      "    const accessToken = new URLSearchParams(window.location.search).get('access_token');",
      '    if (accessToken) this.setState({ token: accessToken });',
      '  }',
      '  fetchIssue = (e) => {',
      '    fetch(`${baseUrl}/repos/${this.state.searchRepo}/issues?access_token=${this.state.token}`);',
      '  };',
      '}',
      'export default Home;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/Home.js', [{ rule: 'token-in-request-url', ...at(code, '`${baseUrl}/repos'), level: 'error' }]);
  });

  it('a state member no setState fills stays what it was set to', () => {
    const code = [
      'class Home extends React.Component {',
      "  state = { page: 'issues' };",
      '  load = () => fetch(`https://api.example.com/list?page=${this.state.page}`);',
      '}',
      'export default Home;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/List.js', []);
  });
});
