// What the layout shows around a page: a page may hide the app menu while it must hold the user's attention
// (a timed classroom question), and gives its own way out meanwhile.
class PageChrome {
	menuHidden = $state(false);
}

export const pageChrome = new PageChrome();
